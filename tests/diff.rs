//! `snapshot diff` on two versions of the sample: the second is the sample changed here, in the test, with
//! serde_json (one offer renamed, one removed, one added, one job share moved across the city's interval, one
//! supervision smiley made sad). Each change must be named, in importance order, as text and as `--json`.
#![cfg(feature = "publisher")]

mod common;

use common::valid;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use visitationsguide::domain::rank::{Criterion, Tier};
use visitationsguide::domain::{rank, Age, Query, Snapshot};

const SAMPLE: &str = "public/data/snapshot.json";
const RENAMED: &str = "jki-g1";
const NEW_NAME: &str = "Virksomhedsforløb for gruppe 1 – nyt navn";
/// An offer without results, so removing it changes no pooled city figure.
const REMOVED: &str = "lev-b-ivaerksaet";
const ADDED: &str = "lev-a-nyt";
/// Its job share for (kh-match2, 30plus) goes from 9 % to 20 % of 1,830.
const MOVED: &str = "lev-c-motivation";
const MADE_SAD: &str = "lev-e-sundhed";

/// The tier change's line, in the app's Danish words.
const TIER_LINE: &str = "Motivation og virksomhedsrettet afklaring (Leverandør C – Virksomhedsforberedelse), \
    Indsatsparate kontanthjælpsmodtagere, match 2, 30 år og derover: job eller uddannelse på niveau med byen → \
    over byens niveau";

fn sample() -> Value {
    let text = std::fs::read_to_string(SAMPLE).expect("the sample is readable");
    serde_json::from_str(&text).expect("the sample is JSON")
}

fn offer<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    let offers = v["offers"].as_array_mut().expect("offers");
    offers.iter_mut().find(|o| o["id"] == id).unwrap_or_else(|| panic!("the sample has {id}"))
}

/// The sample with the five changes made.
fn changed() -> Value {
    let mut v = sample();
    offer(&mut v, RENAMED)["name"]["da"] = NEW_NAME.into();
    let mut added = offer(&mut v, "lev-c-ny").clone();
    added["id"] = ADDED.into();
    added["provider"] = "lev-a".into();
    added["name"] = serde_json::json!({"da": "Nyt jobsøgningsforløb"});
    added["results"] = serde_json::json!([]);
    let offers = v["offers"].as_array_mut().expect("offers");
    assert!(offers.iter().any(|o| o["id"] == REMOVED && o["results"].as_array().is_some_and(Vec::is_empty)));
    offers.retain(|o| o["id"] != REMOVED);
    offers.push(added);
    let results = offer(&mut v, MOVED)["results"].as_array_mut().expect("results");
    let cell = results
        .iter_mut()
        .find(|r| r["period"] == "2011h1" && r["target_group"] == "kh-match2" && r["age_band"] == "30plus")
        .expect("the moved offer has a result for kh-match2, 30plus");
    assert_eq!(cell["job_or_education"]["share"], 0.09);
    cell["job_or_education"]["share"] = 0.2.into();
    let supervision = &mut offer(&mut v, MADE_SAD)["supervision"];
    assert_eq!(supervision["smiley"], "happy");
    supervision["smiley"] = "sad".into();
    v
}

/// Writes both versions to files of their own for this test.
fn files(test: &str) -> (PathBuf, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("diff-{test}"));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let (old, new) = (dir.join("old.json"), dir.join("new.json"));
    std::fs::write(&old, serde_json::to_string_pretty(&sample()).expect("JSON")).expect("written");
    std::fs::write(&new, serde_json::to_string_pretty(&changed()).expect("JSON")).expect("written");
    (old, new)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_snapshot")).args(args).output().expect("the checker runs")
}

fn diff(old: &Path, new: &Path, more: &[&str]) -> String {
    let mut args = vec!["diff", old.to_str().expect("a path"), new.to_str().expect("a path")];
    args.extend_from_slice(more);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "diff {more:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn job_tier(s: &Snapshot, offer: &str) -> Tier {
    let query = Query { target_group: "kh-match2".into(), age: Age::new(34).expect("an age") };
    let ranking = rank(s, &query).expect("kh-match2 exists");
    let r = ranking.ranked.iter().find(|r| s.offer(r.offer).id == *offer).expect("the offer is ranked");
    r.figure(Criterion::Job).tier
}

#[test]
fn the_changed_share_moves_the_tier_by_the_real_ranking() {
    let (old, new) = (valid(&sample()), valid(&changed()));
    assert_eq!((job_tier(&old, MOVED), job_tier(&new, MOVED)), (Tier::InLine, Tier::Above));
}

/// The first line that contains `needle`, as a position in the output.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("no line has {needle:?} in:\n{text}"))
}

#[test]
fn diff_names_each_change_most_important_first_in_danish() {
    let (old, new) = files("text");
    let text = diff(&old, &new, &[]);
    let removed =
        line_of(&text, &format!("Tilbud fjernet: Iværksætterforløb (Leverandør B – Branche og praktik) [{REMOVED}]"));
    let added = line_of(&text, &format!("Nyt tilbud: Nyt jobsøgningsforløb (Leverandør A – Jobsøgning) [{ADDED}]"));
    let tier = line_of(&text, TIER_LINE);
    let flag = line_of(
        &text,
        "Sundhed og trivsel – vejen mod job (Leverandør E – Sundhed og afklaring), Indsatsparate \
         kontanthjælpsmodtagere, match 2, 15–29 år: ny advarsel: Sur smiley ved tilsynet",
    );
    let renamed =
        line_of(&text, &format!("Tilbud omdøbt [{RENAMED}]: Virksomhedsforløb for gruppe 1 (13 uger) → {NEW_NAME}"));
    let figure = line_of(
        &text,
        "Motivation og virksomhedsrettet afklaring (Leverandør C – Virksomhedsforberedelse), Indsatsparate \
         kontanthjælpsmodtagere, match 2, 30 år og derover: job eller uddannelse 9 % (n = 1.830) → 20 % (n = 1.830)",
    );
    assert!(removed < added && added < tier && tier < flag && flag < renamed && renamed < figure, "order:\n{text}");
    // The sad smiley is flagged in every cell the offer is ranked in: two target groups × two bands.
    assert_eq!(text.lines().filter(|l| l.contains("ny advarsel: Sur smiley")).count(), 4, "{text}");
    assert!(text.lines().next().is_some_and(|l| l.starts_with("Fra snapshot udgivet 15. november 2011")), "{text}");
}

#[test]
fn diff_in_english() {
    let (old, new) = files("english");
    let text = diff(&old, &new, &["--lang", "en"]);
    line_of(
        &text,
        "Motivation and company-focused clarification (Leverandør C – Virksomhedsforberedelse), Social assistance \
         recipients ready for activation (match 2), aged 30 and over: job or education in line with the city → above \
         the city average",
    );
    line_of(&text, &format!("Offer removed: Start-up course (Leverandør B – Branche og praktik) [{REMOVED}]"));
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.as_array().expect("an array").iter().map(|e| e[key].as_str().unwrap_or("").to_owned()).collect()
}

#[test]
fn diff_as_json_has_one_array_per_kind_and_every_change_in_order() {
    let (old, new) = files("json");
    let v: Value = serde_json::from_str(&diff(&old, &new, &["--json"])).expect("--json prints JSON");
    let kinds = [
        "offer-removed",
        "provider-removed",
        "offer-added",
        "provider-added",
        "tier-changed",
        "flag-appeared",
        "flag-gone",
        "offer-renamed",
        "provider-renamed",
        "offer-moved",
        "figure-changed",
    ];
    let changes = &v["changes"];
    let total: usize = kinds.iter().map(|k| v[k].as_array().unwrap_or_else(|| panic!("no {k} array")).len()).sum();
    assert_eq!(total, changes.as_array().expect("changes").len());
    // `changes` lists the kinds in importance order.
    let order: Vec<usize> = strings(changes, "kind")
        .iter()
        .map(|k| kinds.iter().position(|x| x == k).unwrap_or_else(|| panic!("unknown kind {k}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "kinds out of order: {order:?}");
    assert_eq!(v["old"]["period"], "2011h1");

    assert_eq!(strings(&v["offer-removed"], "offer"), [REMOVED]);
    assert_eq!(strings(&v["offer-added"], "offer"), [ADDED]);
    assert_eq!(v["offer-added"][0]["provider"], "lev-a");
    assert_eq!(strings(&v["offer-renamed"], "offer"), [RENAMED]);
    assert_eq!(v["offer-renamed"][0]["new"]["da"], NEW_NAME);
    let tier = v["tier-changed"]
        .as_array()
        .expect("tier-changed")
        .iter()
        .find(|t| t["offer"] == MOVED)
        .expect("the moved offer's tier change");
    assert_eq!(tier["target_group"], "kh-match2");
    assert_eq!(tier["age_band"], "30plus");
    assert_eq!(tier["criterion"], "job_or_education");
    assert_eq!((tier["old"].as_str(), tier["new"].as_str()), (Some("in_line"), Some("above")));
    assert_eq!(tier["message"].as_str(), Some(TIER_LINE));
    assert_eq!(changes[2], *tier, "the moved offer's job tier is the most important tier change");
    let flags = v["flag-appeared"].as_array().expect("flag-appeared");
    assert_eq!(flags.len(), 4);
    assert!(flags.iter().all(|f| f["offer"] == MADE_SAD && f["flag"] == "sad_smiley"), "{flags:?}");
    assert!(v["flag-gone"].as_array().expect("flag-gone").is_empty());
    let figures = v["figure-changed"].as_array().expect("figure-changed");
    assert_eq!(figures.len(), 1, "{figures:?}");
    assert_eq!(figures[0]["offer"], MOVED);
    assert_eq!(figures[0]["criterion"], "job_or_education");
    assert_eq!(figures[0]["old"], serde_json::json!({"share": 0.09, "n": 1830}));
    assert_eq!(figures[0]["new"], serde_json::json!({"share": 0.2, "n": 1830}));
}

#[test]
fn a_file_diffed_with_itself_has_no_changes() {
    let (old, _) = files("self");
    let text = diff(&old, &old, &[]);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("Ingen ændringer."), "{text}");
    let v: Value = serde_json::from_str(&diff(&old, &old, &["--json"])).expect("JSON");
    let object = v.as_object().expect("an object");
    for (key, value) in object.iter().filter(|(k, _)| !matches!(k.as_str(), "old" | "new")) {
        assert_eq!(value.as_array().map(Vec::len), Some(0), "{key} should be empty");
    }
    assert!(object.contains_key("changes") && object.contains_key("tier-changed"));
}

#[test]
fn an_invalid_file_exits_1_with_its_problems_as_check_prints_them() {
    let (old, _) = files("invalid");
    let bad = "tests/fixtures/bad/age-band-id-all.json";
    let check = run(&["check", bad]);
    assert_eq!(check.status.code(), Some(1));
    for args in [["diff", old.to_str().expect("a path"), bad], ["diff", bad, old.to_str().expect("a path")]] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(out.stdout, check.stdout, "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{bad} is not a valid snapshot")));
    }
}

#[test]
fn usage_and_io_errors_exit_2() {
    let (old, _) = files("usage");
    let old = old.to_str().expect("a path");
    for args in [
        vec!["diff", old],
        vec!["diff", old, "tests/fixtures/no-such-file.json"],
        vec!["diff", old, old, "--lang", "fr"],
        vec!["diff", old, old, "--yaml"],
    ] {
        assert_eq!(run(&args).status.code(), Some(2), "{args:?}");
    }
}
