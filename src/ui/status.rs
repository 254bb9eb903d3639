//! Which figures are in use and in what state: publisher, period and date in the footer; at the top,
//! the offline banner, load errors, and notices of a new app version or new figures. The state and
//! its code come from `domain::load`; this file only renders them.

use super::state::AppState;
use crate::data::{page, today, worker};
use crate::domain::load::{LoadError, LoadState, Loaded, SnapshotNotice, Source};
use crate::domain::text::{count, date_long, Label};
use crate::domain::Lang;
use leptos::prelude::*;

/// Figures older than this get a warning (they are published twice a year).
const STALE_DAYS: i64 = 183;

fn problem_list(lines: Vec<String>) -> impl IntoView {
    view! {
        <ul>
            {lines
                .into_iter()
                .map(|line| {
                    view! {
                        <li>
                            <code>{line}</code>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The footer line: whose figures, which period, when published, and how old.
#[component]
pub fn SnapshotStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        state.load.with(|load| {
            let code = load.code();
            let Some(loaded) = load.in_use() else {
                let loading = matches!(load, LoadState::Loading);
                let text = lang.label(if loading { Label::LoadingFigures } else { Label::NoFiguresInUse });
                return view! {
                    <div data-testid="snapshot-status" data-state=code class="status" aria-busy=loading.to_string()>
                        <p>{text}</p>
                        {loading
                            .then(|| {
                                view! {
                                    <div class="skeleton" aria-hidden="true"></div>
                                    <div class="skeleton" aria-hidden="true"></div>
                                }
                            })}
                    </div>
                }
                .into_any();
            };
            ready_line(loaded, lang, code).into_any()
        })
    }
}

fn ready_line(loaded: &Loaded, lang: Lang, code: &'static str) -> impl IntoView {
    let s = &loaded.snapshot;
    let published = s.published();
    let age_days = (today() - published).num_days();
    let stale = (age_days > STALE_DAYS).then(|| {
        let text = lang.words().stale(&count(age_days.unsigned_abs(), lang), &date_long(published, lang));
        view! {
            <p class="stale" data-testid="stale-warning">
                <span aria-hidden="true">"⚠ "</span>
                {text}
            </p>
        }
    });
    let preview = match &loaded.source {
        Source::LocalFile(name) => {
            Some(view! { <p class="preview">{lang.label(Label::PreviewingFile)}<strong>{name.clone()}</strong></p> })
        }
        _ => None,
    };
    view! {
        <div data-testid="snapshot-status" data-state=code class="status">
            {preview}
            <p>
                <span class="publisher">{s.publisher().to_owned()}</span>
                " · "
                {s.current_period().label.get(lang).to_owned()}
                " · "
                {lang.label(Label::Published)}
                <time datetime=published.to_string()>{date_long(published, lang)}</time>
            </p>
            {stale}
        </div>
    }
}

/// The notice for a load state that is not plainly ready.
fn load_notice(load: &LoadState, lang: Lang) -> Option<AnyView> {
    let words = lang.words();
    Some(match load {
        LoadState::Loading | LoadState::Ready(_) | LoadState::Preview(_) => return None,
        LoadState::Kept { error, failed, .. } => view! {
            <section data-testid="load-error" class="load-error" role="alert">
                <h2>{words.invalid_heading(&failed.name(lang), true)}</h2>
                {problem_list(error.lines(lang))}
            </section>
        }
        .into_any(),
        LoadState::Offline { error, kept, .. } => {
            let text =
                words.kept_banner(&date_long(kept.snapshot.published(), lang), matches!(error, LoadError::Fetch(_)));
            view! {
                <p class="offline" data-testid="offline-banner" role="status">
                    <span aria-hidden="true">"⚡ "</span>
                    {text}
                </p>
            }
            .into_any()
        }
        LoadState::Failed { error, failed, cache } => {
            let heading = match error {
                LoadError::Invalid(_) | LoadError::FileRead(_) => words.invalid_heading(&failed.name(lang), false),
                _ => lang.label(Label::NoFiguresToShow).to_owned(),
            };
            let mut lines = error.lines(lang);
            if let Some(invalid) = cache {
                lines.push(words.cache_unreadable().to_owned());
                lines.extend(invalid.lines(lang));
            }
            view! {
                <section data-testid="load-error" class="load-error" role="alert">
                    <h2>{heading}</h2>
                    {problem_list(lines)}
                </section>
            }
            .into_any()
        }
    })
}

/// Banners and notices at the top of the page.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let load_notice = move || {
        let lang = state.lang.get();
        state.load.with(|load| load_notice(load, lang))
    };
    let app_update = move || {
        let lang = state.lang.get();
        state.app_update.get().then(|| {
            view! {
                <p class="notice" data-testid="app-update" role="status">
                    {lang.label(Label::NewAppVersion)}
                    <button type="button" on:click=|_| worker::activate_waiting()>
                        {lang.label(Label::Reload)}
                    </button>
                </p>
            }
        })
    };
    let snapshot_notice = move || {
        let lang = state.lang.get();
        state.snapshot_notice.get().map(|notice| match notice {
            SnapshotNotice::Newer { published } => view! {
                <p class="notice" data-testid="snapshot-update" role="status">
                    {lang.words().new_figures(&date_long(published, lang))}
                    <button type="button" on:click=|_| page::reload()>
                        {lang.label(Label::Reload)}
                    </button>
                </p>
            }
            .into_any(),
            SnapshotNotice::Refused(error) => view! {
                <section class="load-error" data-testid="snapshot-update-refused" role="alert">
                    <h2>{lang.label(Label::NewFiguresRefused)}</h2>
                    {problem_list(error.lines(lang))}
                </section>
            }
            .into_any(),
        })
    };
    view! {
        {load_notice}
        {app_update}
        {snapshot_notice}
    }
}
