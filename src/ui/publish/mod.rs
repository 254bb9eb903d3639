//! The publisher page (publish.html, its own wasm bundle): choose a workbook, CSV files or a snapshot file;
//! the same import and full checker as `snapshot import` run in the browser; every problem in a table; for a
//! valid file, a download, a preview in the guide, and the diff against the published snapshot. What the
//! files mean is decided in `publish::page`; browser calls are in `data::publish`.

mod diff_view;
mod problems;

use super::LangButtons;
use crate::data::publish::{self as io, Chosen, PREVIEW_PATH};
use crate::data::{fetch_bytes, page, today, url::start_params, worker, DEFAULT_SNAPSHOT};
use crate::domain::load::LoadError;
use crate::domain::{parse_snapshot, Lang, Snapshot};
use crate::publish::page::{preview_text, Checked, Given, Unusable};
use crate::publish::words::{words, PageLabel};
use diff_view::DiffView;
use leptos::prelude::*;
use leptos::task::spawn_local;
use problems::{ProblemTable, WarningList};
use std::sync::Arc;

/// What the page shows for the chosen files.
#[derive(Clone)]
enum Outcome {
    /// Nothing chosen yet.
    Empty,
    Reading,
    Unusable(Unusable),
    /// The browser could not read a file: its reason.
    ReadFailed(String),
    /// What was chosen and what the checker made of it.
    Checked {
        name: Named,
        checked: Arc<Checked>,
    },
}

/// How the summary names what was chosen.
#[derive(Clone)]
enum Named {
    File(String),
    CsvFiles(usize),
}

impl Named {
    fn text(&self, w: &dyn crate::publish::words::PublishWords) -> String {
        match self {
            Named::File(name) => name.clone(),
            Named::CsvFiles(n) => w.page_csv_files(*n),
        }
    }
}

/// The snapshot the guide publishes now, to compare with.
#[derive(Clone)]
enum Published {
    Loading,
    Ready(Arc<Snapshot>),
    /// Why not: shown in the page's language.
    Failed(LoadError),
}

/// Whether the guide can open the valid file as a preview.
#[derive(Clone, PartialEq)]
enum Preview {
    Waiting,
    Ready,
    Unavailable,
}

/// Everything the page's components share.
#[derive(Clone, Copy)]
struct PageState {
    lang: RwSignal<Lang>,
    outcome: RwSignal<Outcome>,
    published: RwSignal<Published>,
    /// The object URL of the valid snapshot's download, revoked when replaced.
    download: RwSignal<Option<String>>,
    preview: RwSignal<Preview>,
    /// Counts the choices, so a slow check of an earlier choice never replaces a later one.
    choice: RwSignal<u64>,
}

impl PageState {
    fn words(&self) -> &'static dyn crate::publish::words::PublishWords {
        words(self.lang.get())
    }
}

/// Reads the chosen files and runs the checker; a new choice replaces what was shown.
fn check_files(state: PageState, files: Vec<Chosen>) {
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let given = match Given::of(&names) {
        None => return,
        Some(Err(unusable)) => return show(state, Outcome::Unusable(unusable)),
        Some(Ok(given)) => given,
    };
    // Named as the analyst chose them; a CSV folder by its count, as its names would fill the line.
    let name = match (given, names.len()) {
        (Given::Csv, n) if n > 1 => Named::CsvFiles(n),
        _ => Named::File(names.join(", ")),
    };
    show(state, Outcome::Reading);
    let choice = state.choice.get_untracked();
    let current = move || state.choice.get_untracked() == choice;
    spawn_local(async move {
        io::let_paint().await;
        let total: u64 = files.iter().map(|f| f.size).sum();
        let checked = if total > given.limit() {
            Checked::too_large(given, total)
        } else {
            let mut read = Vec::with_capacity(files.len());
            for file in &files {
                match file.read().await {
                    Ok(bytes) => read.push((file.name.clone(), bytes)),
                    Err(reason) if current() => {
                        return state.outcome.set(Outcome::ReadFailed(format!("{}: {reason}", file.name)))
                    }
                    Err(_) => return,
                }
            }
            Checked::run(given, &read, today())
        };
        if !current() {
            return;
        }
        if let Checked::Valid { text, .. } = &checked {
            state.download.set(io::download_url(text));
            let preview = preview_text(text, today());
            spawn_local(async move {
                let ready = match preview {
                    Some(text) => io::store_preview(&text).await,
                    None => Err("the preview would not be valid".to_owned()),
                };
                if let Err(e) = &ready {
                    leptos::logging::warn!("no preview: {e}");
                }
                if current() {
                    state.preview.set(if ready.is_ok() { Preview::Ready } else { Preview::Unavailable });
                }
            });
        }
        state.outcome.set(Outcome::Checked { name, checked: Arc::new(checked) });
    });
}

/// Replaces the outcome; a download link of an earlier file goes with it.
fn show(state: PageState, outcome: Outcome) {
    state.choice.update(|n| *n += 1);
    if let Some(url) = state.download.get_untracked() {
        io::revoke(&url);
    }
    state.download.set(None);
    state.preview.set(Preview::Waiting);
    state.outcome.set(outcome);
}

/// Fetches and checks the snapshot the guide publishes now.
fn load_published(state: PageState) {
    spawn_local(async move {
        let loaded = match fetch_bytes(DEFAULT_SNAPSHOT).await {
            Ok(bytes) => match parse_snapshot(&bytes, today()) {
                Ok(s) => Published::Ready(Arc::new(s)),
                Err(invalid) => Published::Failed(invalid.into()),
            },
            Err(e) => Published::Failed(e),
        };
        state.published.set(loaded);
    });
}

/// The publisher page.
#[component]
pub fn PublishPage() -> impl IntoView {
    let params = start_params();
    let state = PageState {
        lang: RwSignal::new(params.lang.unwrap_or_default()),
        outcome: RwSignal::new(Outcome::Empty),
        published: RwSignal::new(Published::Loading),
        download: RwSignal::new(None),
        preview: RwSignal::new(Preview::Waiting),
        choice: RwSignal::new(0),
    };
    provide_context(state);
    load_published(state);
    spawn_local(async {
        if let Err(e) = worker::register(|| {}).await {
            leptos::logging::warn!("service worker not registered: {e}");
        } else if let Err(e) = io::keep_offline().await {
            leptos::logging::warn!("the page is not kept for offline use: {e}");
        }
    });
    Effect::new(move |_| {
        let lang = state.lang.get();
        page::set_language(lang.code());
        io::set_title(&format!("{} – Visitationsguide", words(lang).page(PageLabel::Title)));
    });

    let label = move |l: PageLabel| move || state.words().page(l);
    let guide_link = move || if state.lang.get() == Lang::En { "./?lang=en" } else { "./" };
    view! {
        <header class="top">
            <h1>{label(PageLabel::Title)}</h1>
            <nav class="lang" aria-label=label(PageLabel::Language)>
                <LangButtons lang=state.lang />
            </nav>
        </header>
        <main
            class="app publish"
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default()
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                check_files(state, io::chosen(ev.data_transfer().and_then(|d| d.files())));
            }
        >
            <p class="intro">{label(PageLabel::Intro)}</p>
            <p class="privacy">{label(PageLabel::Privacy)}</p>
            <Pick />
            <Findings />
        </main>
        <footer class="bottom">
            <a href=guide_link>{label(PageLabel::BackToGuide)}</a>
        </footer>
    }
}

/// The file input (several files for CSV), with what it takes.
#[component]
fn Pick() -> impl IntoView {
    let state = expect_context::<PageState>();
    let label = move |l: PageLabel| move || state.words().page(l);
    view! {
        <section class="pick" aria-labelledby="pick-heading">
            <h2 id="pick-heading">{label(PageLabel::PickHeading)}</h2>
            <label class="file-open drop-zone">
                <span>{label(PageLabel::PickLabel)}</span>
                <input
                    type="file"
                    multiple
                    accept=".xlsx,.ods,.csv,.json,application/json,text/csv"
                    aria-describedby="pick-hint"
                    data-testid="publish-file"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        check_files(state, io::chosen(input.files()));
                        input.set_value("");
                    }
                />
            </label>
            <p id="pick-hint" class="hint">
                {label(PageLabel::PickHint)}
            </p>
            <p>
                <a href="skabelon.xlsx" download="skabelon.xlsx">
                    {label(PageLabel::Template)}
                </a>
            </p>
        </section>
    }
}

/// The outcome: a summary line (announced), then the problems, or the download, preview and diff.
#[component]
fn Findings() -> impl IntoView {
    let state = expect_context::<PageState>();
    let summary = move || {
        let w = state.words();
        state.outcome.with(|o| match o {
            Outcome::Empty => String::new(),
            Outcome::Reading => w.page(PageLabel::Reading).to_owned(),
            Outcome::Unusable(Unusable::Mixed) => w.page(PageLabel::Mixed).to_owned(),
            Outcome::Unusable(Unusable::OneAtATime) => w.page(PageLabel::OneAtATime).to_owned(),
            Outcome::ReadFailed(reason) => w.page_read_failed(reason),
            Outcome::Checked { name, checked } => match &**checked {
                Checked::Valid { snapshot, .. } => {
                    let results = snapshot.offers().iter().map(|o| o.results.len()).sum();
                    w.page_valid(&name.text(w), snapshot.offers().len(), results)
                }
                Checked::Refused { problems, more, .. } => w.page_refused(&name.text(w), problems.len() + more),
            },
        })
    };
    let state_code = move || {
        state.outcome.with(|o| match o {
            Outcome::Empty => "empty",
            Outcome::Reading => "reading",
            Outcome::Unusable(_) | Outcome::ReadFailed(_) => "unusable",
            Outcome::Checked { checked, .. } => match &**checked {
                Checked::Valid { .. } => "valid",
                Checked::Refused { .. } => "refused",
            },
        })
    };
    let checked = move || {
        state.outcome.with(|o| match o {
            Outcome::Checked { checked, .. } => Some(checked.clone()),
            _ => None,
        })
    };
    view! {
        <p class="summary-line" role="status" data-testid="publish-summary" data-state=state_code>
            {summary}
        </p>
        {move || {
            checked()
                .map(|checked| match &*checked {
                    Checked::Refused { problems, more, warnings } => {
                        view! {
                            <ProblemTable problems=problems.clone() more=*more />
                            <WarningList warnings=warnings.clone() />
                        }
                            .into_any()
                    }
                    Checked::Valid { warnings, .. } => {
                        view! {
                            <Valid />
                            <WarningList warnings=warnings.clone() />
                            <DiffView checked=checked.clone() />
                        }
                            .into_any()
                    }
                })
        }}
    }
}

/// The download and the preview of a valid file.
#[component]
fn Valid() -> impl IntoView {
    let state = expect_context::<PageState>();
    let label = move |l: PageLabel| move || state.words().page(l);
    let preview_href = move || {
        let lang = if state.lang.get() == Lang::En { "lang=en&" } else { "" };
        format!("./?{lang}snapshot={PREVIEW_PATH}")
    };
    let preview = move || match state.preview.get() {
        Preview::Waiting => None,
        Preview::Ready => Some(
            view! {
                <a class="button" href=preview_href target="_blank" rel="noopener" data-testid="publish-preview">
                    {label(PageLabel::Preview)}
                </a>
                <p class="hint">{label(PageLabel::PreviewNote)}</p>
            }
            .into_any(),
        ),
        Preview::Unavailable => Some(view! { <p class="hint">{label(PageLabel::PreviewUnavailable)}</p> }.into_any()),
    };
    view! {
        <section class="valid" aria-labelledby="valid-heading" data-testid="publish-valid">
            <h2 id="valid-heading">{label(PageLabel::ValidHeading)}</h2>
            <div class="publish-actions">
                {move || {
                    state
                        .download
                        .get()
                        .map(|url| {
                            view! {
                                <a
                                    class="button primary"
                                    href=url
                                    download="snapshot.json"
                                    data-testid="publish-download"
                                >
                                    {label(PageLabel::Download)}
                                </a>
                            }
                        })
                }} {preview}
            </div>
            <p class="hint">{label(PageLabel::DownloadNote)}</p>
        </section>
    }
}
