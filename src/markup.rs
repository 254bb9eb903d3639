//! A writer of HTML text, for the parts of the page that are built in one piece rather than element
//! by element: the overview's figure cells. Forty rows of three cells are some fifteen hundred elements,
//! and creating each with its own calls from wasm (element, attributes, text) costs several times
//! what the browser's own parser takes for the same markup (issue 9's age change).
//!
//! Safe by construction: tag and attribute names are the caller's fixed strings (`&'static str`), and
//! every text and attribute value is escaped here, so no data can open a tag or an attribute.

/// HTML text being written; `finish` gives it.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup(String::with_capacity(512))
    }

    /// `<tag name="value" …>`.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.start(tag, attributes);
        self.0.push('>');
        self
    }

    /// `<tag name="value" …/>`: for SVG's elements without content (in an HTML document the parser
    /// reads the self-closing form inside `<svg>`).
    pub fn empty(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.start(tag, attributes);
        self.0.push_str("/>");
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// An element holding only text: `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &'static str, attributes: &[(&'static str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    pub fn finish(self) -> String {
        self.0
    }

    fn start(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
    }
}

/// Escapes the five characters that could end a text or an attribute value or start markup.
fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_cannot_open_markup() {
        let mut m = Markup::new();
        m.open("span", &[("aria-label", "\"><script>x</script>")])
            .text("<img src=x onerror=alert(1)> & 'q'")
            .close("span");
        assert_eq!(
            m.finish(),
            "<span aria-label=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\
             &lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</span>"
        );
    }

    #[test]
    fn plain_and_non_ascii_text_is_kept_as_it_is() {
        let mut m = Markup::new();
        m.element("p", &[], "75,5 % · n = 1.150 ▲ over byen").empty("circle", &[("cx", "12.5")]);
        assert_eq!(m.finish(), "<p>75,5 % · n = 1.150 ▲ over byen</p><circle cx=\"12.5\"/>");
    }

    #[test]
    fn escaping_ends_cleanly_at_the_text_edges() {
        let mut m = Markup::new();
        m.text("&").text("").text("a<").text(">b");
        assert_eq!(m.finish(), "&amp;a&lt;&gt;b");
    }
}
