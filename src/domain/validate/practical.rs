//! The format 1.1 offer keys (snapshot-format.md, "Version 1.1 additions"): where, contact, how to
//! refer, intake, languages and accessibility. All optional; plain text within a length per language.

use super::first_seen::FirstSeen;
use super::json::{Json, Object};
use super::reader::Checker;
use super::At;
use crate::domain::problem::ProblemKind;
use crate::domain::snapshot::{looks_like_html, text_limits, LanguageCode, Practical, Text};

impl Checker {
    /// Every 1.1 key of an offer, each problem reported; `None` when any is wrong.
    pub(super) fn practical(&mut self, obj: &Object<'_>, at: &At<'_>) -> Option<Practical> {
        let text = |c: &mut Self, key: &str, max: usize| c.opt(obj, key, at, |c, v, p| c.plain_text(v, p, max));
        let location = text(self, "where", text_limits::WHERE);
        let contact = text(self, "contact", text_limits::CONTACT);
        let how_to_refer = text(self, "how_to_refer", text_limits::HOW_TO_REFER);
        let intake = text(self, "intake", text_limits::INTAKE);
        let languages = self.opt(obj, "languages", at, Self::languages);
        let accessibility = text(self, "accessibility", text_limits::ACCESSIBILITY);
        Some(Practical {
            location: location?,
            contact: contact?,
            how_to_refer: how_to_refer?,
            intake: intake?,
            languages: languages?,
            accessibility: accessibility?,
        })
    }

    /// A Text whose languages are plain text of at most `max` characters.
    fn plain_text(&mut self, value: &Json<'_>, at: &At<'_>, max: usize) -> Option<Text> {
        let obj = self.object(value, at)?;
        let da = self.req(obj, "da", at, |c, v, p| {
            let text = c.non_empty(v, p)?;
            c.plain(text, p, max)
        });
        let en = self.opt(obj, "en", at, |c, v, p| {
            let text = c.string(v, p)?;
            c.plain(text, p, max)
        });
        Text::new(da?.to_owned(), en?.map(str::to_owned))
    }

    /// Checks one language of a 1.1 text: its length in characters and that it is not HTML.
    fn plain<'t>(&mut self, text: &'t str, at: &At<'_>, max: usize) -> Option<&'t str> {
        let mut ok = true;
        let chars = text.chars().count();
        if chars > max {
            self.report(at, ProblemKind::TextTooLong { chars, max });
            ok = false;
        }
        if looks_like_html(text) {
            self.report(at, ProblemKind::LooksLikeHtml);
            ok = false;
        }
        ok.then_some(text)
    }

    /// At least one ISO 639-1 code, none twice.
    fn languages(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Vec<LanguageCode>> {
        let items = self.array(value, at, 1, None)?;
        let mut out = Some(Vec::with_capacity(items.len()));
        let mut first: FirstSeen<LanguageCode> = FirstSeen::for_len(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = at.index(i);
            let Some(text) = self.string(item, &path) else {
                out = None;
                continue;
            };
            let Some(code) = LanguageCode::parse(text) else {
                self.report(&path, ProblemKind::BadLanguageCode { found: text.to_owned() });
                out = None;
                continue;
            };
            if let Some(j) = first.first_or_note(code, i) {
                let first = at.index(j).to_string();
                self.report(&path, ProblemKind::DuplicateLanguage { code: code.to_string(), first });
                out = None;
                continue;
            }
            if let Some(list) = &mut out {
                list.push(code);
            }
        }
        // Empty: `array` has reported it.
        out.filter(|list| !list.is_empty())
    }
}
