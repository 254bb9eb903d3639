//! The query: target group and age. The list updates as they change; there is no submit button.

use super::state::{AgeInput, AppState};
use crate::domain::Lang;
use leptos::prelude::*;

/// Target group select and age box, with a clear message for an age the guide cannot take.
#[component]
pub fn QueryForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = move || {
        let lang = state.lang.get();
        let chosen = state.group.get();
        state.snapshot().map(|s| {
            s.target_groups()
                .iter()
                .map(|g| {
                    let id = g.id.to_string();
                    let selected = id == chosen;
                    view! { <option value=id selected=selected>{g.name.get(lang).to_owned()}</option> }
                })
                .collect_view()
        })
    };
    // A group from a link that these figures do not have: say so, rather than show a blank select.
    let group_known = move || {
        let group = state.group.get();
        state.snapshot().is_some_and(|s| s.target_groups().iter().any(|g| g.id.as_str() == group))
    };
    let group_message = move || {
        let group = state.group.get();
        let unknown = state.snapshot().is_some() && !group.is_empty() && !group_known();
        unknown.then(|| match state.lang.get() {
            Lang::Da => format!("Målgruppen «{group}» findes ikke i disse tal. Vælg en målgruppe."),
            Lang::En => format!("The target group «{group}» is not in these figures. Choose a target group."),
        })
    };
    let age_message = move || state.age.get().message(state.lang.get());
    let invalid = move || matches!(state.age.get(), AgeInput::Invalid(_) | AgeInput::NotANumber);
    view! {
        <form class="query" on:submit=|ev| ev.prevent_default() role="search">
            <div class="field">
                <label for="query-group">{move || state.lang.get().pick("Målgruppe", "Target group")}</label>
                <select
                    id="query-group"
                    data-testid="query-group"
                    prop:value=move || if group_known() { state.group.get() } else { String::new() }
                    aria-describedby="query-group-message"
                    aria-invalid=move || group_message().is_some().to_string()
                    on:change=move |ev| state.group.set(event_target_value(&ev))
                >
                    <option value="" disabled=true selected=move || !group_known()>
                        {move || state.lang.get().pick("Vælg målgruppe", "Choose a target group")}
                    </option>
                    {options}
                </select>
                <p id="query-group-message" class="field-message" aria-live="polite" data-testid="group-message">
                    {group_message}
                </p>
            </div>
            <div class="field">
                <label for="query-age">{move || state.lang.get().pick("Alder (år)", "Age (years)")}</label>
                <input
                    id="query-age"
                    data-testid="query-age"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-describedby="query-age-message"
                    aria-invalid=move || invalid().to_string()
                    prop:value=move || state.age_text.get()
                    on:input=move |ev| state.age_text.set(event_target_value(&ev))
                />
                <p id="query-age-message" class="field-message" aria-live="polite" data-testid="age-message">
                    {age_message}
                </p>
            </div>
        </form>
    }
}
