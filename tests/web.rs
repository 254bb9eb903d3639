//! Component tests in headless Chromium (wasm-bindgen-test): the Leptos components mounted on their
//! own, with a snapshot built in the test, checked through the DOM by data-testid.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use serde_json::json;
use std::sync::Arc;
use visitationsguide::domain::load::{LoadError, LoadEvent, LoadState, Loaded, Source};
use visitationsguide::domain::{parse_snapshot, Lang, Snapshot};
use visitationsguide::ui::query_form::QueryForm;
use visitationsguide::ui::ranked_list::RankedList;
use visitationsguide::ui::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn snapshot() -> Snapshot {
    let m = |share: f64, n: u32| json!({"share": share, "n": n});
    let result = |p: u32, job: serde_json::Value| {
        json!({
            "period": "p0", "target_group": "g", "age_band": "all", "participants": p,
            "job_or_education": job, "placements": m(0.3, p), "satisfaction": m(0.8, 150)
        })
    };
    let value = json!({
        "format": "visitationsguide-snapshot", "format_version": 1, "published": "2026-06-30", "publisher": "Test",
        "periods": [{"id": "p0", "from": "2026-01-01", "to": "2026-06-30", "label": {"da": "1. halvår 2026"}}],
        "age_bands": [{"id": "u30", "min": 15, "max": 29}, {"id": "30plus", "min": 30, "max": 99}],
        "target_groups": [{"id": "g", "name": {"da": "Gruppe G", "en": "Group G"}}, {"id": "h", "name": {"da": "Gruppe H"}}],
        "providers": [{"id": "p", "name": "<b>Udbyder</b>", "kind": "external"}],
        "offers": [
            {"id": "low", "provider": "p", "name": {"da": "Lav"}, "category": "mentor", "target_groups": ["g"],
             "results": [result(400, m(0.10, 400))]},
            {"id": "high", "provider": "p", "name": {"da": "Høj"}, "category": "job_search", "target_groups": ["g"],
             "results": [result(400, m(0.40, 400))]},
            {"id": "few", "provider": "p", "name": {"da": "Få"}, "category": "job_search", "target_groups": ["g"],
             "results": [result(400, m(0.5, 12))]},
            {"id": "new", "provider": "p", "name": {"da": "Ny"}, "category": "job_search", "target_groups": ["g"], "results": []}
        ]
    });
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    parse_snapshot(value.to_string().as_bytes(), today).unwrap()
}

fn ready_state(group: &str, age: &str) -> AppState {
    let state = AppState::new(Lang::Da, Some(group.into()), age.into());
    let loaded = Loaded { snapshot: Arc::new(snapshot()), source: Source::Published("test".into()), fingerprint: 1 };
    state.apply(LoadEvent::Published { path: "test".into(), outcome: Ok(loaded), cached: None });
    state
}

/// Mounts `view` in a fresh container and returns it; the handle keeps it mounted.
fn mount<V: IntoView + 'static>(
    state: AppState,
    view: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, impl Drop) {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(state);
        view()
    });
    (container, handle)
}

/// Lets the reactive system run its effects, then checks `condition`, a bounded number of times.
async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..200 {
        if condition() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    panic!("timed out waiting for: {what}");
}

fn ids(container: &web_sys::HtmlElement, testid: &str) -> Vec<String> {
    let list = container.query_selector_all(&format!("[data-testid=\"{testid}\"]")).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-offer-id"))
        .collect()
}

#[wasm_bindgen_test]
async fn the_ranked_list_follows_the_domain_ranking_and_lists_offers_without_results() {
    let state = ready_state("g", "40");
    let (container, _handle) = mount(state, || view! { <RankedList /> });
    until("ranked offers", || ids(&container, "ranked-offer").len() == 3).await;
    // "few" has too few people for a job share, so it sorts last, whatever its 50 %.
    assert_eq!(ids(&container, "ranked-offer"), ["high", "low", "few"]);
    assert_eq!(ids(&container, "unranked-offer"), ["new"]);
    let text = container.inner_text();
    assert!(text.contains("for få (12)"), "a suppressed figure shows its reason, never 0: {text}");
    assert!(text.contains("<b>Udbyder</b>"), "markup in a name is shown as text");
    assert!(container.query_selector(".provider b").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn changing_the_age_or_group_re_ranks_and_a_bad_age_says_why() {
    let state = ready_state("g", "40");
    let (container, _handle) = mount(state, || {
        view! {
            <QueryForm />
            <RankedList />
        }
    });
    until("ranked offers", || ids(&container, "ranked-offer").len() == 3).await;
    state.age_text.set("12".into());
    until("the age message", || container.inner_text().contains("mindst 15")).await;
    // While the age is being typed the list keeps the last complete answer, and says which.
    until("the note", || container.inner_text().contains("stadig tilbud for Gruppe G, 40 år")).await;
    assert_eq!(ids(&container, "ranked-offer"), ["high", "low", "few"]);
    let age = container.query_selector("[data-testid=\"query-age\"]").unwrap().unwrap();
    assert_eq!(age.get_attribute("aria-invalid").as_deref(), Some("true"));
    state.age_text.set("30".into());
    until("ranked again", || ids(&container, "ranked-offer").len() == 3).await;
    state.group.set(Some("h".into()));
    // Group h has no offers at all: the list says so in its summary, rather than showing nothing.
    until("group h has no offers", || {
        ids(&container, "ranked-offer").is_empty()
            && container.inner_text().contains("0 tilbud med resultater, 0 uden endnu.")
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_group_names_follow_the_language() {
    let state = ready_state("g", "40");
    let (container, _handle) = mount(state, || view! { <QueryForm /> });
    until("Danish names", || container.inner_text().contains("Gruppe G")).await;
    state.lang.set(Lang::En);
    until("English names", || container.inner_text().contains("Group G")).await;
    assert!(container.inner_text().contains("Gruppe H"), "English falls back to Danish");
}

/// The footer and the banner render the domain's load state: a failed fetch after a good load keeps
/// the figures in use and says "Offline".
#[wasm_bindgen_test]
async fn a_failed_load_keeps_the_figures_in_use_and_says_offline() {
    use visitationsguide::ui::status::{Notices, SnapshotStatus};
    let state = ready_state("g", "40");
    let (container, _handle) = mount(state, || {
        view! {
            <Notices />
            <SnapshotStatus />
            <RankedList />
        }
    });
    let status = || {
        container
            .query_selector("[data-testid=\"snapshot-status\"]")
            .unwrap()
            .and_then(|e| e.get_attribute("data-state"))
    };
    until("ready", || status().as_deref() == Some("ready")).await;
    let error = LoadError::Fetch("offline".into());
    state.apply(LoadEvent::Published { path: "data/snapshot.json".into(), outcome: Err(error), cached: None });
    until("offline", || status().as_deref() == Some("offline")).await;
    assert!(container.inner_text().contains("Offline — tal fra 30. juni 2026"), "{}", container.inner_text());
    assert_eq!(ids(&container, "ranked-offer"), ["high", "low", "few"], "the figures in use still rank");
    assert!(matches!(state.load.get_untracked(), LoadState::Offline { .. }));
}

fn generated_state(offers: usize) -> AppState {
    use visitationsguide::domain::generate::{generate, Options};
    let text = generate(Options { offers, seed: 7, references: true }).to_string();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let snapshot = parse_snapshot(text.as_bytes(), today).unwrap();
    let state = AppState::new(Lang::Da, Some("kh-match2".into()), "34".into());
    let loaded = Loaded { snapshot: Arc::new(snapshot), source: Source::Published("gen".into()), fingerprint: 2 };
    state.apply(LoadEvent::Published { path: "gen".into(), outcome: Ok(loaded), cached: None });
    state
}

fn element(container: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    container.query_selector(selector).unwrap().and_then(|e| e.dyn_into().ok())
}

/// A national snapshot renders a first page per tier, and "Vis flere" shows the next one.
#[wasm_bindgen_test]
async fn each_tier_shows_a_first_page_and_more_on_request() {
    let state = generated_state(400);
    let ranked = state.shown.get_untracked().unwrap().ranking.ranked.len();
    assert!(ranked > 60, "the generated snapshot ranks many offers for kh-match2/34: {ranked}");
    let (container, _handle) = mount(state, || view! { <RankedList /> });
    until("cards", || !ids(&container, "ranked-offer").is_empty()).await;
    let tiers = container.query_selector_all(".tier-group").unwrap().length() as usize;
    let first = ids(&container, "ranked-offer").len();
    assert!(first <= tiers * 10 && first < ranked, "{first} cards for {ranked} ranked in {tiers} tiers");
    let button = element(&container, ".show-more").expect("a 'Vis flere' button");
    assert!(button.inner_text().starts_with("Vis 10 flere"), "{}", button.inner_text());
    button.click();
    until("ten more", || ids(&container, "ranked-offer").len() == first + 10).await;
    assert!(container.inner_text().contains("Viser 20 af"), "the change is announced");
}

/// Keyed cards: a re-rank moves the same elements, and an open card stays open, also across languages.
#[wasm_bindgen_test]
async fn a_re_rank_keeps_cards_and_their_open_details() {
    let state = generated_state(120);
    let (container, _handle) = mount(state, || view! { <RankedList /> });
    until("cards", || !ids(&container, "ranked-offer").is_empty()).await;
    let first_id = ids(&container, "ranked-offer")[0].clone();
    let card = element(&container, &format!("[data-offer-id=\"{first_id}\"]")).unwrap();
    element(&container, &format!("[data-offer-id=\"{first_id}\"] .actions button")).unwrap().click();
    until("details open", || card.query_selector(".details").unwrap().is_some()).await;
    state.age_text.set("35".into());
    until("re-ranked for 35", || {
        element(&container, "#ranking-summary").and_then(|e| e.get_attribute("data-answers-age")).as_deref()
            == Some("35")
    })
    .await;
    state.lang.set(Lang::En);
    until("English", || container.inner_text().contains("Hide details")).await;
    let now = element(&container, &format!("[data-offer-id=\"{first_id}\"]")).expect("still listed");
    assert!(now.is_same_node(Some(&card)), "the card was moved, not rebuilt");
    assert!(card.query_selector(".details").unwrap().is_some(), "its details are still open");
}
