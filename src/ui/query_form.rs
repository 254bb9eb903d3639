//! The query: target group and age. The list updates as they change; there is no submit button.

use super::state::AppState;
use crate::domain::query::AgeInput;
use crate::domain::text::Label;
use leptos::prelude::*;

/// Target group select and age box, with a clear message for a group or an age the guide cannot take.
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
                    let selected = chosen.as_deref() == Some(g.id.as_str());
                    view! {
                        <option value=g.id.to_string() selected=selected>
                            {g.name.get(lang).to_owned()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    // The group as the select can show it: a known one, or none (an unknown one gets a message instead).
    let known_group = move || {
        let group = state.group.get()?;
        state.snapshot()?.target_group_by_id(&group).map(|_| group)
    };
    let group_message = move || state.answer.with(|a| a.group_message(state.lang.get()));
    let age_message = move || state.age.get().message(state.lang.get());
    let invalid = move || matches!(state.age.get(), AgeInput::Invalid(_) | AgeInput::NotANumber);
    let label = move |l: Label| move || state.lang.get().label(l);
    view! {
        <form class="query" on:submit=|ev| ev.prevent_default() role="search">
            <div class="field">
                <label for="query-group">{label(Label::TargetGroup)}</label>
                <select
                    id="query-group"
                    data-testid="query-group"
                    prop:value=move || known_group().unwrap_or_default()
                    aria-describedby="query-group-message"
                    aria-invalid=move || group_message().is_some().to_string()
                    on:change=move |ev| state.group.set(Some(event_target_value(&ev)))
                >
                    <option value="" disabled=true selected=move || known_group().is_none()>
                        {label(Label::ChooseTargetGroup)}
                    </option>
                    {options}
                </select>
                <p id="query-group-message" class="field-message" aria-live="polite" data-testid="group-message">
                    {group_message}
                </p>
            </div>
            <div class="field">
                <label for="query-age">{label(Label::AgeYears)}</label>
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
