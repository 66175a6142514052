//! Checks request bodies against Discord's official OpenAPI spec, when `DISCORD_OPENAPI_SPEC`
//! names it (`.ci/run` points it at ../shared/discord-api/openapi.json).
//!
//! The whole spec is the root schema, so `#/components/schemas/...` references resolve; the
//! operation's request-body schema is merged in at the root. Accepted differences between
//! serenity and the spec are listed in [`ACCEPTED_DIFFERENCES`] and applied, by name, to a
//! copy of the body before validating.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard, PoisonError};

use serde_json::{Map, Value};

use super::fake_discord::Recorded;

/// Where serenity and the spec legitimately differ.
pub const ACCEPTED_DIFFERENCES: &[(&str, &str)] = &[(
    "default_member_permissions as a string",
    "serenity sends the permission bit set as a string of digits, which Discord accepts; the spec types it as an integer",
)];

pub struct Spec {
    document: Value,
    /// By method and path template: compiling one takes tens of milliseconds.
    validators: HashMap<(String, String), Option<jsonschema::Validator>>,
}

/// The spec named by DISCORD_OPENAPI_SPEC, read once for every test of the binary, or None
/// when it is not set.
pub fn shared() -> Option<MutexGuard<'static, Spec>> {
    static SPEC: LazyLock<Option<Mutex<Spec>>> = LazyLock::new(|| load().map(Mutex::new));
    let spec = SPEC.as_ref()?;
    Some(spec.lock().unwrap_or_else(PoisonError::into_inner))
}

fn load() -> Option<Spec> {
    let path = std::env::var("DISCORD_OPENAPI_SPEC")
        .ok()
        .filter(|p| !p.is_empty())?;
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("DISCORD_OPENAPI_SPEC={path}: {e}"));
    let document: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    Some(Spec {
        document,
        validators: HashMap::new(),
    })
}

/// Does a spec path template (`/interactions/{interaction_id}/{interaction_token}/callback`)
/// match a concrete path (without the `/api/v10` prefix)?
fn template_matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.trim_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_matches('/').split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && t.ends_with('}')) || t == p)
}

impl Spec {
    fn validator(&mut self, method: &str, path: &str) -> Option<&jsonschema::Validator> {
        // Prefer literal segments over parameters (`/users/@me` over `/users/{id}`).
        let template = self.document["paths"].as_object().and_then(|paths| {
            paths
                .keys()
                .filter(|t| template_matches(t, path))
                .min_by_key(|t| t.matches('{').count())
                .cloned()
        });
        let key = (
            method.to_string(),
            template.unwrap_or_else(|| path.to_string()),
        );
        if !self.validators.contains_key(&key) {
            let schema = self.document["paths"][&key.1][method.to_ascii_lowercase()]["requestBody"]
                ["content"]["application/json"]["schema"]
                .as_object()
                .cloned()
                .map(|body_schema| {
                    let mut root: Map<String, Value> =
                        self.document.as_object().cloned().unwrap_or_default();
                    root.extend(body_schema);
                    jsonschema::draft202012::new(&Value::Object(root)).unwrap_or_else(|e| {
                        panic!("the spec schema for {method} {path} does not compile: {e}")
                    })
                });
            self.validators.insert(key.clone(), schema);
        }
        self.validators.get(&key).and_then(Option::as_ref)
    }

    /// Validates every REST body in `requests`; returns the problems, each with the body.
    pub fn check(&mut self, requests: &[Recorded]) -> (usize, Vec<String>) {
        let mut checked = 0;
        let mut problems = Vec::new();
        for r in requests {
            if r.method == "GATEWAY" || r.body.is_null() {
                continue;
            }
            let path = r
                .path
                .strip_prefix("/api/v10")
                .unwrap_or(&r.path)
                .to_string();
            let mut body = r.body.clone();
            apply_accepted_differences(&mut body);
            let Some(validator) = self.validator(&r.method, &path) else {
                problems.push(format!(
                    "{} {path}: the spec has no request body for it",
                    r.method
                ));
                continue;
            };
            checked += 1;
            let errors: Vec<String> = validator
                .iter_errors(&body)
                .map(|e| format!("{e} at {}", e.instance_path))
                .collect();
            if !errors.is_empty() {
                problems.push(format!(
                    "{} {path} does not match Discord's spec:\n  {}\nbody: {}",
                    r.method,
                    errors.join("\n  "),
                    serde_json::to_string_pretty(&r.body).unwrap_or_default()
                ));
            }
        }
        (checked, problems)
    }
}

/// Applies [`ACCEPTED_DIFFERENCES`] to a copy of a body.
fn apply_accepted_differences(body: &mut Value) {
    fn fix(v: &mut Value) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(s)) = o.get("default_member_permissions")
                    && let Ok(n) = s.parse::<u64>()
                {
                    o.insert("default_member_permissions".into(), Value::from(n));
                }
                o.values_mut().for_each(fix);
            }
            Value::Array(a) => a.iter_mut().for_each(fix),
            _ => {}
        }
    }
    fix(body);
}
