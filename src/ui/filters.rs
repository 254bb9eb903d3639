//! Filters (rule 9): offer category, provider kind, at most N hours a week, words in the names, and the
//! language an offer runs in. They only hide offers; the ranking stays as computed over every suitable
//! offer. Like the age, they live in memory only.

use super::state::AppState;
use crate::domain::rank::Filters;
use crate::domain::snapshot::{Category, LanguageCode, ProviderKind};
use crate::domain::text::more::{filters_hidden, language_name, InfoLabel};
use leptos::prelude::*;
use std::collections::HashSet;

/// "Filtre": opens and closes the filter panel; says how many are set.
#[component]
pub fn FilterButton(
    /// Whether the panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.shown.with(Option::is_some)>
            <button
                type="button"
                class="filter-toggle"
                data-testid="filter-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="filters"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || state.lang.get().info_label(InfoLabel::Filters)}
            </button>
        </Show>
    }
}

/// How many suitable offers the filters hide, with the button that clears them; empty when none.
#[component]
pub fn FilterStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let active = move || state.filters.with(|f| !f.is_empty());
    view! {
        <div class="filter-status" class:active=active>
            <p data-testid="filter-hidden" aria-live="polite">
                {move || filters_hidden(state.hidden.with(HashSet::len), state.lang.get())}
            </p>
            <Show when=active>
                <button
                    type="button"
                    data-testid="filter-clear"
                    on:click=move |_| state.filters.set(Filters::default())
                >
                    {move || state.lang.get().info_label(InfoLabel::ClearFilters)}
                </button>
            </Show>
        </div>
    }
}

/// The filter fields, while `open`.
#[component]
pub fn FilterPanel(
    /// Whether the panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = move |l: InfoLabel| move || state.lang.get().info_label(l);
    let any = move || state.lang.get().info_label(InfoLabel::AnyChoice);
    let set = move |f: fn(&mut Filters, String), value: String| state.filters.update(|filters| f(filters, value));
    let categories = move || {
        let words = state.lang.get().words();
        Category::ALL
            .map(|c| {
                view! {
                    <option value=c.code() selected=move || state.filters.with(|f| f.category == Some(c))>
                        {words.category(c)}
                    </option>
                }
            })
            .collect_view()
    };
    let kinds = move || {
        let words = state.lang.get().words();
        ProviderKind::ALL
            .map(|k| {
                view! {
                    <option value=k.code() selected=move || state.filters.with(|f| f.provider_kind == Some(k))>
                        {words.provider_kind(k)}
                    </option>
                }
            })
            .collect_view()
    };
    // The languages offers in this snapshot are run in, by name.
    let languages = move || {
        let lang = state.lang.get();
        let snapshot = state.snapshot()?;
        let mut codes: Vec<LanguageCode> =
            snapshot.offers_indexed().filter_map(|(_, o)| o.practical.languages.clone()).flatten().collect();
        codes.sort_by_key(|c| c.as_str().to_owned());
        codes.dedup();
        let mut named: Vec<(String, LanguageCode)> = codes.into_iter().map(|c| (language_name(c, lang), c)).collect();
        named.sort();
        Some(
            named
                .into_iter()
                .map(|(name, c)| {
                    view! {
                        <option
                            value=c.as_str().to_owned()
                            selected=move || state.filters.with(|f| f.language == Some(c))
                        >
                            {name}
                        </option>
                    }
                })
                .collect_view(),
        )
    };
    let hours_text = RwSignal::new(String::new());
    // Clearing the filters empties the hours field too.
    Effect::new(move |_| {
        if state.filters.with(|f| f.max_hours.is_none()) && !hours_text.get_untracked().trim().is_empty() {
            let typed = hours_text.get_untracked();
            if typed.trim().replace(',', ".").parse::<f64>().is_ok() {
                hours_text.set(String::new());
            }
        }
    });
    view! {
        <Show when=move || open.get() && state.shown.with(Option::is_some)>
            <form id="filters" class="filters" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="filter-category">{label(InfoLabel::FilterCategory)}</label>
                    <select
                        id="filter-category"
                        data-testid="filter-category"
                        on:change=move |ev| set(|f, v| f.category = Category::from_code(&v), event_target_value(&ev))
                    >
                        <option value="" selected=move || state.filters.with(|f| f.category.is_none())>
                            {any}
                        </option>
                        {categories}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-kind">{label(InfoLabel::FilterProviderKind)}</label>
                    <select
                        id="filter-kind"
                        data-testid="filter-kind"
                        on:change=move |ev| set(
                            |f, v| f.provider_kind = ProviderKind::from_code(&v),
                            event_target_value(&ev),
                        )
                    >
                        <option value="" selected=move || state.filters.with(|f| f.provider_kind.is_none())>
                            {any}
                        </option>
                        {kinds}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-hours">{label(InfoLabel::FilterMaxHours)}</label>
                    <input
                        id="filter-hours"
                        data-testid="filter-hours"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=move || hours_text.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            hours_text.set(text.clone());
                            let hours = text
                                .trim()
                                .replace(',', ".")
                                .parse::<f64>()
                                .ok()
                                .filter(|h| h.is_finite() && *h >= 0.0);
                            state.filters.update(|f| f.max_hours = hours);
                        }
                    />
                </div>
                <div class="field">
                    <label for="filter-text">{label(InfoLabel::FilterText)}</label>
                    <input
                        id="filter-text"
                        data-testid="filter-text"
                        type="search"
                        autocomplete="off"
                        prop:value=move || state.filters.with(|f| f.text.clone())
                        on:input=move |ev| set(|f, v| f.text = v, event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="filter-language">{label(InfoLabel::FilterLanguage)}</label>
                    <select
                        id="filter-language"
                        data-testid="filter-language"
                        on:change=move |ev| set(|f, v| f.language = LanguageCode::parse(&v), event_target_value(&ev))
                    >
                        <option value="" selected=move || state.filters.with(|f| f.language.is_none())>
                            {any}
                        </option>
                        {languages}
                    </select>
                </div>
            </form>
        </Show>
    }
}
