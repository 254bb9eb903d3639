//! Deterministic synthetic snapshots for tests and benchmarks (`snapshot generate`).
//! Every generated file is valid; the mix of band results, small n and missing measures
//! exercises every ranking rule.

use serde_json::{json, Value};

/// A small, dependency-free PRNG (SplitMix64): the same seed gives the same snapshot everywhere.
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> Self {
        SplitMix(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..bound` (`bound` ≥ 1).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next_u64() % bound.max(1)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// Options for `generate`.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub offers: usize,
    pub seed: u64,
    /// Publish city references for every current-period cell (otherwise the app pools).
    pub references: bool,
}

pub const GROUPS: [&str; 4] = ["dp-match1", "kh-match1", "kh-match2", "sdp"];
const KINDS: [&str; 3] = ["internal", "external", "other_actor"];
const MISSING: [&str; 3] = ["too_few", "not_reported", "new_offer"];
const CATEGORIES: [&str; 5] = ["job_search", "company_placement", "upskilling", "mentor", "clarification"];

/// A valid snapshot as JSON.
pub fn generate(options: Options) -> Value {
    let mut rng = SplitMix::new(options.seed);
    let providers = (options.offers / 4).clamp(2, 200);
    let offers: Vec<Value> = (0..options.offers)
        .map(|i| {
            let mut o = offer(&mut rng, i, providers);
            // A generator of its own, so the 1.1 keys leave every other generated value as it was.
            let mut side = SplitMix::new(options.seed ^ (i as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
            add_info(&mut side, &mut o);
            o
        })
        .collect();
    let mut references = Vec::new();
    if options.references {
        for group in GROUPS {
            for band in ["u30", "30plus", "all"] {
                references.push(json!({
                    "period": "p0", "target_group": group, "age_band": band,
                    "job_or_education": {"share": round3(0.1 + 0.2 * rng.unit()), "n": 5000},
                    "placements": {"share": round3(0.1 + 0.3 * rng.unit()), "n": 5000},
                    "satisfaction": {"share": round3(0.6 + 0.3 * rng.unit()), "n": 2000},
                }));
            }
        }
    }
    json!({
        "format": "visitationsguide-snapshot",
        "format_version": 1,
        "published": "2026-06-30",
        "publisher": format!("Synthetic test data (seed {}, {} offers)", options.seed, options.offers),
        "periods": [
            {"id": "p0", "from": "2026-01-01", "to": "2026-06-30", "label": {"da": "1. halvår 2026", "en": "H1 2026"}},
            {"id": "p1", "from": "2025-07-01", "to": "2025-12-31", "label": {"da": "2. halvår 2025", "en": "H2 2025"}},
        ],
        "age_bands": [{"id": "u30", "min": 15, "max": 29}, {"id": "30plus", "min": 30, "max": 99}],
        "target_groups": GROUPS.iter().map(|g| json!({"id": g, "name": {"da": format!("Gruppe {g}")}})).collect::<Vec<_>>(),
        "providers": (0..providers).map(|p| json!({
            "id": format!("prov-{p}"), "name": format!("Provider {p}"),
            "kind": KINDS[p % 3],
        })).collect::<Vec<_>>(),
        "offers": offers,
        "references": references,
    })
}

const LANGUAGES: [&str; 8] = ["da", "en", "ar", "so", "tr", "ur", "pl", "uk"];

/// Format 1.1 keys on about one offer in three, each key on its own chance; the texts hold what a
/// spreadsheet must carry through (`;`, quotes, æøå, a line break).
fn add_info(rng: &mut SplitMix, offer: &mut Value) {
    if !rng.chance(0.35) {
        return;
    }
    let n = rng.below(100);
    let texts = [
        ("where", json!({"da": format!("Eksempelvej {n}, 2300 København S"), "en": format!("Example Road {n}")})),
        ("contact", json!({"da": format!("Ring 33 66 {n:02} 00; spørg efter \"Anne\"")})),
        (
            "how_to_refer",
            json!({"da": "Send en henvisning i fagsystemet.\nSkriv målgruppe og alder.", "en": "Refer in the case system."}),
        ),
        ("intake", json!({"da": "Løbende optag", "en": "Rolling intake"})),
        ("accessibility", json!({"da": "Trinfri adgang; elevator"})),
    ];
    for (key, text) in texts {
        if rng.chance(0.6) {
            offer[key] = text;
        }
    }
    if rng.chance(0.7) {
        let first = rng.below(LANGUAGES.len() as u64) as usize;
        let count = 1 + rng.below(3) as usize;
        let codes: Vec<&str> = (0..count).map(|k| LANGUAGES[(first + k) % LANGUAGES.len()]).collect();
        offer["languages"] = json!(codes);
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn measure(rng: &mut SplitMix, base: f64, spread: f64, n: u32) -> Value {
    if rng.chance(0.05) {
        let reason = MISSING[rng.below(3) as usize];
        return json!({"missing": reason});
    }
    json!({"share": round3((base + spread * rng.unit()).clamp(0.0, 1.0)), "n": n.max(1)})
}

fn result(rng: &mut SplitMix, group: &str, band: &str, participants: u32) -> Value {
    let finished = participants - (participants / 10) * (rng.below(2) as u32);
    let answers = (participants / (2 + rng.below(8) as u32)).max(1);
    json!({
        "period": "p0", "target_group": group, "age_band": band, "participants": participants,
        "job_or_education": measure(rng, 0.05, 0.4, finished),
        "placements": measure(rng, 0.05, 0.5, finished),
        "satisfaction": measure(rng, 0.5, 0.45, answers),
        "off_benefit_3m": measure(rng, 0.05, 0.3, finished),
        "complaints": rng.below(u64::from(participants / 20 + 2)),
    })
}

fn offer(rng: &mut SplitMix, i: usize, providers: usize) -> Value {
    let first = rng.below(GROUPS.len() as u64) as usize;
    let mut groups = vec![GROUPS[first]];
    if rng.chance(0.3) {
        groups.push(GROUPS[(first + 1) % GROUPS.len()]);
    }
    let mut results = Vec::new();
    // About one offer in twelve is new: no results yet.
    if !rng.chance(0.08) {
        for group in &groups {
            let young = 1 + rng.below(200) as u32;
            let old = 1 + rng.below(400) as u32;
            if rng.chance(0.7) {
                results.push(result(rng, group, "u30", young));
                results.push(result(rng, group, "30plus", old));
            }
            if rng.chance(0.85) || results.is_empty() {
                results.push(result(rng, group, "all", young + old));
            }
        }
    }
    let mut offer = json!({
        "id": format!("offer-{i:05}"),
        "provider": format!("prov-{}", rng.below(providers as u64)),
        "name": {"da": format!("Tilbud {}", rng.below(10_000)), "en": format!("Offer {i}")},
        "category": CATEGORIES[rng.below(CATEGORIES.len() as u64) as usize],
        "target_groups": groups,
        "results": results,
    });
    if rng.chance(0.15) {
        offer["age"] = json!({"min": 18, "max": 29});
    }
    if rng.chance(0.3) {
        let smiley = ["happy", "neutral", "sad"][rng.below(3) as usize];
        offer["supervision"] = json!({"smiley": smiley, "date": "2026-03-01"});
    }
    offer
}

/// A small snapshot whose trends (rule 10) are known, for tests and the end-to-end tests
/// (tests/fixtures/trend/snapshot.json, written by `cargo run --example make_trend_fixture`). Three
/// periods; every offer takes `kh-match2`; for a 34-year-old (band `30plus`) the job trend is:
///
/// - `trend-op`: up (40 % of 300 against 20 % of 300); placements no certain change; satisfaction
///   not compared (the period before has too few answers);
/// - `trend-ned`: down (12 % of 250 against 30 % of 250);
/// - `trend-samme`: no certain change (24 % of 200 against 23 % of 210);
/// - `trend-faa`: not compared, too few in the period before (n 20), and no result in the oldest period;
/// - `trend-alle`: up on the all-ages results (30 % of 400 against 22 % of 380), because its `30plus`
///   result has only 10 participants (rule 3); its `30plus` result in the period before says 60 %, which
///   a trend for the wrong band would show;
/// - `trend-ny`: not compared, no result before the current period.
pub fn trend_example() -> Value {
    let periods = [
        ("2026h1", "2026-01-01", "2026-06-30"),
        ("2025h2", "2025-07-01", "2025-12-31"),
        ("2025h1", "2025-01-01", "2025-06-30"),
    ];
    let labels = [("1. halvår 2026", "H1 2026"), ("2. halvår 2025", "H2 2025"), ("1. halvår 2025", "H1 2025")];
    let m = |share: f64, n: u32| json!({"share": share, "n": n});
    let result = |period: usize, band: &str, participants: u32, job: Value, placements: Value, satisfaction: Value| {
        json!({
            "period": periods[period].0, "target_group": "kh-match2", "age_band": band, "participants": participants,
            "job_or_education": job, "placements": placements, "satisfaction": satisfaction,
        })
    };
    let too_few = json!({"missing": "too_few"});
    let offer = |id: &str, provider: &str, da: &str, en: &str, results: Vec<Value>| {
        json!({
            "id": id, "provider": provider, "name": {"da": da, "en": en}, "category": "job_search",
            "target_groups": ["kh-match2"], "hours_per_week": 15, "results": results,
        })
    };
    let mut offers = vec![
        offer(
            "trend-op",
            "lev-a",
            "Trend op",
            "Trend up",
            vec![
                result(0, "30plus", 320, m(0.40, 300), m(0.30, 300), m(0.80, 150)),
                result(1, "30plus", 310, m(0.20, 300), m(0.30, 300), m(0.70, 20)),
                result(2, "30plus", 290, m(0.18, 280), m(0.28, 280), m(0.72, 120)),
            ],
        ),
        offer(
            "trend-ned",
            "lev-b",
            "Trend ned",
            "Trend down",
            vec![
                result(0, "30plus", 260, m(0.12, 250), m(0.25, 250), m(0.75, 120)),
                result(1, "30plus", 255, m(0.30, 250), m(0.26, 250), m(0.76, 120)),
                result(2, "30plus", 240, m(0.31, 235), m(0.27, 235), too_few.clone()),
            ],
        ),
        offer(
            "trend-samme",
            "lev-a",
            "Trend samme",
            "Trend same",
            vec![
                result(0, "30plus", 210, m(0.24, 200), m(0.20, 200), m(0.78, 110)),
                result(1, "30plus", 220, m(0.23, 210), m(0.21, 210), m(0.77, 105)),
                result(2, "30plus", 215, m(0.22, 205), m(0.22, 205), m(0.79, 100)),
            ],
        ),
        offer(
            "trend-faa",
            "lev-b",
            "Trend få",
            "Trend few",
            vec![
                result(0, "30plus", 150, m(0.26, 140), m(0.22, 140), m(0.81, 60)),
                result(1, "30plus", 22, m(0.10, 20), m(0.20, 20), too_few.clone()),
            ],
        ),
        offer(
            "trend-alle",
            "lev-c",
            "Trend alle aldre",
            "Trend all ages",
            vec![
                result(0, "30plus", 10, m(0.30, 10), m(0.30, 10), too_few.clone()),
                result(0, "all", 410, m(0.30, 400), m(0.25, 400), m(0.80, 200)),
                result(1, "30plus", 30, m(0.60, 30), m(0.30, 30), too_few.clone()),
                result(1, "all", 390, m(0.22, 380), m(0.24, 380), m(0.79, 190)),
            ],
        ),
        offer(
            "trend-ny",
            "lev-c",
            "Trend ny",
            "Trend new",
            vec![result(0, "30plus", 120, m(0.28, 110), m(0.21, 110), m(0.74, 50))],
        ),
    ];
    // Two offers list their languages (format 1.1), so a language filter has something to keep.
    offers[0]["languages"] = json!(["da", "ar"]);
    offers[1]["languages"] = json!(["da"]);
    json!({
        "format": "visitationsguide-snapshot",
        "format_version": 1,
        "published": "2026-08-15",
        "publisher": "Testdata for tendenser (ikke rigtige tal)",
        "periods": periods.iter().zip(labels).map(|((id, from, to), (da, en))| json!({
            "id": id, "from": from, "to": to, "label": {"da": da, "en": en},
        })).collect::<Vec<_>>(),
        "age_bands": [{"id": "u30", "min": 15, "max": 29}, {"id": "30plus", "min": 30, "max": 99}],
        "target_groups": [{"id": "kh-match2", "name": {
            "da": "Indsatsparate kontanthjælpsmodtagere, match 2", "en": "Social assistance, match 2"}}],
        "providers": [
            {"id": "lev-a", "name": "Leverandør A", "kind": "external"},
            {"id": "lev-b", "name": "Leverandør B", "kind": "external"},
            {"id": "lev-c", "name": "Jobcenter C", "kind": "internal"},
        ],
        "offers": offers,
    })
}

/// `trend_example()` as the committed fixture's text: pretty JSON and a final newline.
pub fn trend_example_text() -> String {
    let mut text = serde_json::to_string_pretty(&trend_example()).unwrap_or_default();
    text.push('\n');
    text
}
