//! "Would this run be allowed?": describe a run (or paste a decoded token payload), evaluate the
//! generated or a pasted trust policy, and show the claims, the decision and what refused it.
//! Pasted text stays in this component's state: never in the link, never stored.

use yew::prelude::*;

use crate::form::Form;
use crate::i18n::messages::translate;
use crate::i18n::{Lang, t, tf};
use crate::iam::eval::{Reason, StatementOutcome};
use crate::simulate::{RunKind, SimulateInput, simulate};

#[derive(Properties, PartialEq)]
pub struct SimulateProps {
    pub form: Form,
    /// The page's generated trust policy, when the form is valid.
    pub generated: Option<AttrValue>,
}

fn text_setter(
    state: UseStateHandle<SimulateInput>,
    set: fn(&mut SimulateInput, String),
) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        let value = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| {
                e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
                    .map(|t| t.value())
            });
        if let Some(value) = value {
            let mut next = (*state).clone();
            set(&mut next, value);
            state.set(next);
        }
    })
}

#[component]
pub fn Simulate(props: &SimulateProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or(Lang::En);
    // Start from a run the form's scope admits: its first branch, or its first environment.
    let input = {
        let form = props.form.clone();
        use_state(move || {
            let first = |field: crate::form::Field| {
                form.get(field)
                    .split(',')
                    .map(str::trim)
                    .find(|v| !v.is_empty())
                    .unwrap_or_default()
                    .to_owned()
            };
            let branch = first(crate::form::Field::Branches);
            let environment = first(crate::form::Field::Environment);
            let kind = if form.get(crate::form::Field::Scope) == "environment" {
                RunKind::Environment
            } else {
                RunKind::PushBranch
            };
            SimulateInput {
                kind: kind.id().into(),
                git_ref: if branch.is_empty() {
                    "main".into()
                } else {
                    branch
                },
                environment,
                ..SimulateInput::default()
            }
        })
    };
    let result = {
        let form = props.form.clone();
        let generated = props.generated.clone();
        let current = (*input).clone();
        use_memo((form, generated, current), |(form, generated, current)| {
            simulate(form, generated.as_deref(), current)
        })
    };
    let on_kind = {
        let state = input.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut next = (*state).clone();
                next.kind = select.value();
                state.set(next);
            }
        })
    };
    let kind = RunKind::from_id(&input.kind).unwrap_or(RunKind::PushBranch);
    let ref_label = match kind {
        RunKind::PushTag => t(lang, "sim.ref.tag"),
        RunKind::PullRequest => t(lang, "sim.ref.base"),
        RunKind::Schedule => t(lang, "sim.ref.default"),
        RunKind::WorkflowDispatch => t(lang, "sim.ref.any"),
        _ => t(lang, "sim.ref.branch"),
    };

    let outcome = match result.as_ref() {
        Err(message) => html! {
            <p class="problem" data-testid="sim-error" role="alert">{ translate(lang, message).into_owned() }</p>
        },
        Ok(sim) => {
            let d = &sim.decision;
            let failing: Vec<String> = match &d.reason {
                Reason::ConditionsNotMet { statements } => statements
                    .iter()
                    .flat_map(|s| {
                        s.failures
                            .iter()
                            .map(|f| translate(lang, &f.message).into_owned())
                    })
                    .collect(),
                _ => d
                    .statements
                    .iter()
                    .filter_map(|t| match &t.outcome {
                        StatementOutcome::ConditionsFailed { failures } => Some(
                            failures
                                .iter()
                                .map(|f| translate(lang, &f.message).into_owned())
                                .collect::<Vec<_>>(),
                        ),
                        _ => None,
                    })
                    .flatten()
                    .collect(),
            };
            html! {
                <>
                    <p class={classes!("decision", if d.allowed { "allowed" } else { "refused" })} data-testid="sim-decision">
                        { if d.allowed { t(lang, "sim.allowed") } else { t(lang, "sim.refused") } }
                    </p>
                    <p data-testid="sim-reason">{ translate(lang, &d.message).into_owned() }</p>
                    if !d.allowed && !failing.is_empty() {
                        <ul class="failures" data-testid="sim-failures">
                            { for failing.iter().map(|f| html! { <li class="failure" data-testid="sim-failure"><mark>{ f.clone() }</mark></li> }) }
                        </ul>
                    }
                    { for d.caveats.iter().map(|c| html! { <p class="note warning">{ translate(lang, c).into_owned() }</p> }) }
                    { for sim.notes.iter().map(|n| html! { <p class="note suggestion">{ translate(lang, n).into_owned() }</p> }) }
                    <h3>{ t(lang, "sim.claims") }</h3>
                    <table class="claims" data-testid="sim-claims">
                        <thead><tr><th scope="col">{ t(lang, "sim.claim") }</th><th scope="col">{ t(lang, "sim.value") }</th></tr></thead>
                        <tbody>
                            { for sim.claims.iter().map(|(k, v)| html! {
                                <tr><th scope="row"><code>{ k.clone() }</code></th><td><code>{ v.clone() }</code></td></tr>
                            }) }
                        </tbody>
                    </table>
                    <p class="hint">{ tf(lang, "sim.provider", &[("arn", &sim.provider_arn), ("source", &translate(lang, sim.provider_from.describe()))]) }</p>
                </>
            }
        }
    };

    html! {
        <section class="tool" aria-labelledby="sim-heading">
            <h2 id="sim-heading">{ t(lang, "tool.simulate") }</h2>
            <p class="hint">{ t(lang, "sim.intro") }</p>
            <div class="field">
                <label for="sim-kind">{ t(lang, "sim.run") }</label>
                <select id="sim-kind" onchange={on_kind}>
                    { for RunKind::ALL.iter().map(|k| html! {
                        <option value={k.id()} selected={*k == kind}>{ t(lang, &format!("sim.kind.{}", k.id())) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="sim-ref">{ ref_label }</label>
                <input id="sim-ref" type="text" value={input.git_ref.clone()} spellcheck="false" autocomplete="off"
                    oninput={text_setter(input.clone(), |s, v| s.git_ref = v)} />
            </div>
            <div class="field" hidden={kind != RunKind::Environment}>
                <label for="sim-environment">{ t(lang, "sim.environment") }</label>
                <input id="sim-environment" type="text" value={input.environment.clone()} spellcheck="false" autocomplete="off"
                    oninput={text_setter(input.clone(), |s, v| s.environment = v)} />
            </div>
            <div class="field">
                <label for="sim-token">{ t(lang, "sim.token") }</label>
                <textarea id="sim-token" rows="4" spellcheck="false" value={input.token.clone()}
                    aria-describedby="hint-sim-token"
                    oninput={text_setter(input.clone(), |s, v| s.token = v)} />
                <p class="hint" id="hint-sim-token">{ t(lang, "sim.token.hint") }</p>
            </div>
            <div class="field">
                <label for="sim-policy">{ t(lang, "sim.policy") }</label>
                <textarea id="sim-policy" rows="6" spellcheck="false" value={input.policy.clone()}
                    aria-describedby="hint-sim-policy"
                    oninput={text_setter(input.clone(), |s, v| s.policy = v)} />
                <p class="hint" id="hint-sim-policy">{ t(lang, "sim.policy.hint") }</p>
            </div>
            <div class="result" aria-live="polite">{ outcome }</div>
        </section>
    }
}
