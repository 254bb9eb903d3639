//! What the address may say on load, read from its already-decoded parameters: `?snapshot=PATH`,
//! `?lang=en`, and the query as `#group=ID&age=N` (what "Copy link" makes) or `?group=ID&age=N`.
//! The browser side (`data::url`) splits the address and forgets the query afterwards.

use super::Lang;

/// Which snapshot to load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SnapshotParam {
    /// No `?snapshot=`: the bundled `data/snapshot.json`.
    #[default]
    Default,
    /// A path on this server.
    Path(String),
    /// A `?snapshot=` that is not a plain path on this server: refused, and the default is used.
    Refused(String),
}

impl SnapshotParam {
    fn of(value: String) -> SnapshotParam {
        if is_same_origin_path(&value) {
            SnapshotParam::Path(value)
        } else {
            SnapshotParam::Refused(value)
        }
    }

    /// The path to fetch: the given one, or `default`.
    pub fn path<'a>(&'a self, default: &'a str) -> &'a str {
        match self {
            SnapshotParam::Path(path) => path,
            SnapshotParam::Default | SnapshotParam::Refused(_) => default,
        }
    }
}

/// The parameters read on load. Invalid values are kept to say what is wrong, never guessed at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartParams {
    pub snapshot: SnapshotParam,
    pub group: Option<String>,
    pub age: Option<String>,
    pub lang: Option<Lang>,
}

impl StartParams {
    /// Reads the search and the fragment's name–value pairs; the fragment's group and age win.
    pub fn read(search: &[(String, String)], fragment: &[(String, String)]) -> StartParams {
        let get = |pairs: &[(String, String)], name: &str| {
            pairs.iter().find(|(n, _)| n == name).map(|(_, value)| value.clone())
        };
        StartParams {
            snapshot: get(search, "snapshot").map(SnapshotParam::of).unwrap_or_default(),
            group: get(fragment, "group").or_else(|| get(search, "group")),
            age: get(fragment, "age").or_else(|| get(search, "age")),
            lang: get(search, "lang").as_deref().and_then(Lang::from_code),
        }
    }

    /// The address carried the citizen's query, so it must be taken out of the address bar.
    pub fn has_query(&self) -> bool {
        self.group.is_some() || self.age.is_some()
    }
}

/// Only a plain path on this server: no scheme, no `//host`, no backslashes or control characters,
/// and no space at either end (a URL parser strips those, so `" //host"` would become `//host`).
pub fn is_same_origin_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 512
        && !path.contains(':')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.starts_with(' ')
        && !path.ends_with(' ')
        && !path.chars().any(char::is_control)
}

// Native only: the property tests use proptest and the `url` crate, dev-dependencies of the native build.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_fragment_query_wins_and_lang_and_snapshot_come_from_the_search() {
        let p = StartParams::read(
            &pairs(&[("group", "old"), ("age", "50"), ("lang", "en"), ("snapshot", "/data/x.json")]),
            &pairs(&[("group", "kh-match2"), ("age", "34")]),
        );
        assert_eq!(p.group.as_deref(), Some("kh-match2"));
        assert_eq!(p.age.as_deref(), Some("34"));
        assert_eq!(p.lang, Some(Lang::En));
        assert_eq!(p.snapshot, SnapshotParam::Path("/data/x.json".into()));
        assert!(p.has_query());
        let plain = StartParams::read(&pairs(&[("lang", "fr")]), &[]);
        assert_eq!(plain, StartParams::default(), "an unknown language is ignored, nothing else is set");
        assert!(!plain.has_query());
    }

    #[test]
    fn a_refused_snapshot_path_falls_back_to_the_default() {
        let p = StartParams::read(&pairs(&[("snapshot", "https://evil.example/x.json")]), &[]);
        assert_eq!(p.snapshot, SnapshotParam::Refused("https://evil.example/x.json".into()));
        assert_eq!(p.snapshot.path("data/snapshot.json"), "data/snapshot.json");
        assert_eq!(SnapshotParam::Path("/a.json".into()).path("d"), "/a.json");
    }

    #[test]
    fn known_tricks_are_refused() {
        for trick in [
            "//evil.example/x.json",
            "/\\evil.example/x.json",
            "\\\\evil.example",
            "https://evil.example/x.json",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:application/json,{}",
            "/\t/evil.example",
            "\t//evil.example",
            " //evil.example/x.json",
            "/x.json\n",
            "",
        ] {
            assert!(!is_same_origin_path(trick), "{trick:?} must be refused");
        }
        for fine in ["data/snapshot.json", "/fixtures/bad.json", "%2F%2Fevil.example", "/a/%2E%2E/b.json", "../x.json"]
        {
            assert!(is_same_origin_path(fine), "{fine:?} is a plain path");
        }
    }

    /// What the browser fetches: `path` resolved against the page's address by the WHATWG URL parser.
    fn resolves_on_origin(path: &str) -> bool {
        let base = url::Url::parse("https://guide.example/app/index.html").unwrap();
        base.join(path).is_ok_and(|u| u.origin() == base.origin())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Any accepted path, made of the characters attacks are made of, stays on the page's origin.
        #[test]
        fn every_accepted_path_stays_on_the_origin(
            path in proptest::string::string_regex("[/\\\\:%.a-zA-Z0-9@?#\\t\\n \\x00\\x0c]{0,24}").unwrap()
        ) {
            if is_same_origin_path(&path) {
                prop_assert!(resolves_on_origin(&path), "{:?} was accepted but leaves the origin", path);
            }
        }

        /// A path with a host-like prefix is refused however it is disguised.
        #[test]
        fn host_prefixes_are_refused(
            prefix in "(//|/\\\\|\\\\\\\\|\\\\/| //|\t//|/\t/|https?:|javascript:)",
            host in "[a-z]{1,10}\\.example",
        ) {
            let path = format!("{prefix}{host}/x.json");
            prop_assert!(!is_same_origin_path(&path), "{:?}", path);
        }
    }
}
