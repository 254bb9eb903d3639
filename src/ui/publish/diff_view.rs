//! What publishing the valid file would change, against the snapshot the guide publishes now: the same
//! sections, order and sentences as `snapshot diff`.

use super::{PageState, Published};
use crate::publish::diff::diff;
use crate::publish::page::{diff_sections, Checked};
use crate::publish::words::PageLabel;
use leptos::prelude::*;
use std::sync::Arc;

/// The diff of a valid file against the published snapshot, or why there is none.
#[component]
pub fn DiffView(
    /// The checked file; only a valid one has a diff.
    checked: Arc<Checked>,
) -> impl IntoView {
    let state = expect_context::<PageState>();
    let body = move || {
        let lang = state.lang.get();
        let w = state.words();
        let Checked::Valid { snapshot: new, .. } = &*checked else {
            return None;
        };
        Some(state.published.with(|published| match published {
            Published::Loading => view! { <p role="status">{w.page(PageLabel::DiffLoading)}</p> }.into_any(),
            Published::Failed(error) => {
                view! { <p class="hint">{w.page_no_published(&error.lines(lang).join("; "))}</p> }.into_any()
            }
            Published::Ready(old) => {
                let found = diff(old, new);
                let sections = diff_sections(&found, lang)
                    .into_iter()
                    .map(|s| {
                        let lines = s.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
                        view! {
                            <h3>{s.title}</h3>
                            <ul>{lines}</ul>
                        }
                    })
                    .collect_view();
                view! {
                    <p data-testid="diff-heading">{found.heading(lang)}</p>
                    {sections}
                }
                .into_any()
            }
        }))
    };
    view! {
        <section class="diff" aria-labelledby="diff-heading" data-testid="publish-diff">
            <h2 id="diff-heading">{move || state.words().page(PageLabel::DiffHeading)}</h2>
            {body}
        </section>
    }
}
