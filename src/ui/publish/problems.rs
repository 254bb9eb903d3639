//! Every problem the import and the checker found, one table row each, and the warnings that do not stop
//! the import.

use super::PageState;
use crate::publish::page::ProblemRow;
use crate::publish::words::PageLabel;
use crate::publish::{ImportProblem, Warning};
use leptos::prelude::*;

/// The problems table: code, sheet, cell, row, column, JSON path and message, then "and N more".
#[component]
pub fn ProblemTable(
    /// The problems, in the order the import lists them.
    problems: Vec<ImportProblem>,
    /// How many more were found but not listed.
    more: usize,
) -> impl IntoView {
    let state = expect_context::<PageState>();
    let label = move |l: PageLabel| move || state.words().page(l);
    let rows = move || {
        let lang = state.lang.get();
        problems
            .iter()
            .map(|p| {
                let row = ProblemRow::of(p, lang);
                view! {
                    <tr data-testid="problem" data-code=row.code>
                        <td>
                            <code>{row.code}</code>
                        </td>
                        <td>{row.sheet}</td>
                        <td data-testid="problem-cell">{row.cell}</td>
                        <td>{row.row}</td>
                        <td>{row.column}</td>
                        <td>
                            <code>{row.path}</code>
                        </td>
                        <td>{row.message}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let more = move || (more > 0).then(|| view! { <p class="more">{state.words().more_problems(more)}</p> });
    view! {
        <section class="problems" aria-labelledby="problems-heading" data-testid="publish-problems">
            <h2 id="problems-heading">{label(PageLabel::ProblemsHeading)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="problems-heading">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{label(PageLabel::Code)}</th>
                            <th scope="col">{label(PageLabel::Sheet)}</th>
                            <th scope="col">{label(PageLabel::Cell)}</th>
                            <th scope="col">{label(PageLabel::Row)}</th>
                            <th scope="col">{label(PageLabel::Column)}</th>
                            <th scope="col">{label(PageLabel::JsonPath)}</th>
                            <th scope="col">{label(PageLabel::Message)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {more}
        </section>
    }
}

/// What the analyst should know that did not stop the import (unknown columns and sheets, …).
#[component]
pub fn WarningList(
    /// The import's warnings; nothing is shown when there are none.
    warnings: Vec<Warning>,
) -> impl IntoView {
    let state = expect_context::<PageState>();
    (!warnings.is_empty()).then(|| {
        let items = move || {
            let lang = state.lang.get();
            warnings.iter().map(|w| view! { <li>{w.line(lang)}</li> }).collect_view()
        };
        view! {
            <section class="warnings" aria-labelledby="warnings-heading">
                <h2 id="warnings-heading">{move || state.words().page(PageLabel::WarningsHeading)}</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}
