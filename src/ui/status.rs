//! Which figures are in use and in what state: publisher, period and date in the footer; at the top,
//! the offline banner, load errors, and notices of a new app version or new figures.

use super::state::{AppState, Load, Loaded, SnapshotNotice, Source};
use crate::data::{today, worker, LoadError};
use crate::domain::numfmt::{count, date_long};
use crate::domain::Lang;
use leptos::prelude::*;

/// Figures older than this get a warning (they are published twice a year).
const STALE_DAYS: i64 = 183;

fn source_name(source: &Source, lang: Lang) -> String {
    match source {
        Source::Published(path) => path.clone(),
        Source::LocalFile(name) => name.clone(),
        Source::LastGood => lang.pick("de gemte tal", "the saved figures").to_owned(),
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

fn problem_list(error: &LoadError, lang: Lang) -> impl IntoView {
    let lines = error.lines(lang);
    view! { <ul>{lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul> }
}

/// The footer line: whose figures, which period, when published, and how old.
#[component]
pub fn SnapshotStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        state.load.with(|load| {
            let data_state = match load {
                Load::Loading => "loading",
                Load::Ready(_) => "ready",
                Load::Failed { last_good: None, .. } => "failed",
                Load::Failed { error: LoadError::Invalid(_), .. } => "kept",
                Load::Failed { .. } => "offline",
            };
            let Some(loaded) = load.in_use() else {
                let text = match load {
                    Load::Loading => lang.pick("Henter tallene …", "Loading the figures …"),
                    _ => lang.pick("Ingen tal i brug.", "No figures in use."),
                };
                return view! {
                    <div data-testid="snapshot-status" data-state=data_state class="status" aria-busy=(data_state == "loading").to_string()>
                        <p>{text}</p>
                        {(data_state == "loading").then(|| view! { <div class="skeleton" aria-hidden="true"></div><div class="skeleton" aria-hidden="true"></div> })}
                    </div>
                }
                .into_any();
            };
            ready_line(loaded, lang, data_state).into_any()
        })
    }
}

fn ready_line(loaded: &Loaded, lang: Lang, data_state: &'static str) -> impl IntoView {
    let s = &loaded.snapshot;
    let published = s.published();
    let age_days = (today() - published).num_days();
    let stale = (age_days > STALE_DAYS).then(|| {
        view! {
            <p class="stale" data-testid="stale-warning">
                <span aria-hidden="true">"⚠ "</span>
                {match lang {
                    Lang::Da => format!("Tallene er {} dage gamle (offentliggjort {}). Der kan være nyere tal.", count(age_days.unsigned_abs(), lang), date_long(published, lang)),
                    Lang::En => format!("The figures are {} days old (published {}). Newer figures may exist.", count(age_days.unsigned_abs(), lang), date_long(published, lang)),
                }}
            </p>
        }
    });
    let preview = match &loaded.source {
        Source::LocalFile(name) => Some(view! {
            <p class="preview">{lang.pick("Forhåndsvisning af filen ", "Previewing the file ")}<strong>{name.clone()}</strong></p>
        }),
        _ => None,
    };
    view! {
        <div data-testid="snapshot-status" data-state=data_state class="status">
            {preview}
            <p>
                <span class="publisher">{s.publisher().to_owned()}</span>
                " · " {s.current_period().label.get(lang).to_owned()} " · "
                {lang.pick("offentliggjort ", "published ")}
                <time datetime=published.to_string()>{date_long(published, lang)}</time>
            </p>
            {stale}
        </div>
    }
}

/// Banners and notices at the top of the page.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let load_notice = move || {
        let lang = state.lang.get();
        state.load.with(|load| {
            let Load::Failed { error, failed_source, last_good } = load else { return None };
            let what = source_name(failed_source, lang);
            let view = match (error, last_good) {
                (LoadError::Invalid(_), kept) => {
                    let heading = match (lang, kept.is_some()) {
                        (Lang::Da, true) => format!("{what} kunne ikke bruges. De tidligere tal er stadig i brug."),
                        (Lang::Da, false) => format!("{what} kunne ikke bruges."),
                        (Lang::En, true) => format!("{what} could not be used. The previous figures are still in use."),
                        (Lang::En, false) => format!("{what} could not be used."),
                    };
                    view! {
                        <section data-testid="load-error" class="load-error" role="alert">
                            <h2>{heading}</h2>
                            {problem_list(error, lang)}
                        </section>
                    }
                    .into_any()
                }
                (network, Some(kept)) => {
                    let date = date_long(kept.snapshot.published(), lang);
                    let text = match network {
                        LoadError::Network(_) => lang.pick(format!("Offline — tal fra {date}"), format!("Offline — data from {date}")),
                        _ => lang.pick(format!("Nye tal kunne ikke hentes — tal fra {date}"), format!("New figures could not be fetched — data from {date}")),
                    };
                    view! { <p class="offline" data-testid="offline-banner" role="status"><span aria-hidden="true">"⚡ "</span>{text}</p> }.into_any()
                }
                (network, None) => view! {
                    <section data-testid="load-error" class="load-error" role="alert">
                        <h2>{lang.pick("Der er ingen tal at vise.", "There are no figures to show.")}</h2>
                        {problem_list(network, lang)}
                    </section>
                }
                .into_any(),
            };
            Some(view)
        })
    };
    let app_update = move || {
        let lang = state.lang.get();
        state.app_update.get().then(|| {
            view! {
                <p class="notice" data-testid="app-update" role="status">
                    {lang.pick("En ny version af Visitationsguiden er klar. ", "A new version of Visitationsguide is ready. ")}
                    <button type="button" on:click=|_| worker::activate_waiting()>{lang.pick("Genindlæs", "Reload")}</button>
                </p>
            }
        })
    };
    let snapshot_notice = move || {
        let lang = state.lang.get();
        state.snapshot_notice.get().map(|notice| match notice {
            SnapshotNotice::Newer { published } => view! {
                <p class="notice" data-testid="snapshot-update" role="status">
                    {match lang {
                        Lang::Da => format!("Nye tal er offentliggjort ({}). ", date_long(published, lang)),
                        Lang::En => format!("New figures have been published ({}). ", date_long(published, lang)),
                    }}
                    <button type="button" on:click=|_| reload()>{lang.pick("Genindlæs", "Reload")}</button>
                </p>
            }
            .into_any(),
            SnapshotNotice::Refused(error) => view! {
                <section class="load-error" data-testid="snapshot-update-refused" role="alert">
                    <h2>{lang.pick(
                        "Der er offentliggjort nye tal, men de kunne ikke bruges. De hidtidige tal er stadig i brug.",
                        "New figures have been published but could not be used. The current figures are still in use.",
                    )}</h2>
                    {problem_list(&error, lang)}
                </section>
            }
            .into_any(),
        })
    };
    view! { {load_notice} {app_update} {snapshot_notice} }
}
