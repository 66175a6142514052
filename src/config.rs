//! The bot's configuration, read once from the environment (and a `.env` file) and validated
//! before anything connects. The token is held in [`Secret`], whose `Debug` and `Display`
//! never show it.

use std::fmt;
use std::path::PathBuf;

/// A value that must never appear in logs or output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself: only for handing to the Discord client.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Everything `casebot run` needs, validated.
#[derive(Debug, Clone)]
pub struct Config {
    pub token: Secret,
    /// Register commands in this server only (instant), instead of globally.
    pub guild_id: Option<u64>,
    pub knowledge: PathBuf,
    /// Members with one of these roles may `/reload`, besides Manage Server and Administrator.
    pub moderator_roles: Vec<u64>,
    /// Send REST calls here instead of Discord (an HTTP proxy sharing one rate limiter, or a
    /// test double); serenity's own rate limiter is disabled only then.
    pub api_base: Option<String>,
    /// Reload by itself when a file in the knowledge directory changes.
    pub watch: bool,
    /// Let a reload remove most facts of a command without being asked twice.
    pub allow_shrink: bool,
}

/// A configuration problem, said the way a server admin can act on it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("DISCORD_TOKEN is not set, so the bot cannot connect to Discord")]
    MissingToken,
    #[error(
        "DISCORD_TOKEN does not look like a bot token (three parts separated by dots); copy it again from the Bot page of your application"
    )]
    MalformedToken,
    #[error(
        "{name} must be a Discord id (a number like 123456789012345678), got {}",
        shown(value)
    )]
    BadId { name: &'static str, value: String },
    #[error("DISCORD_API_BASE must be an http:// or https:// URL, got {}", shown(.0))]
    BadApiBase(String),
    #[error("{name} must be 1, true, yes, 0, false or no, got {}", shown(value))]
    BadBool { name: &'static str, value: String },
}

/// A wrong value as an error message may show it: quoted if short and plainly not a secret,
/// else only described (a token pasted into the wrong variable must not reach a log).
fn shown(value: &str) -> String {
    let secret_like = value.chars().count() > 24
        || value.split('.').filter(|p| !p.is_empty()).count() >= 3
        || value.chars().any(char::is_control);
    if secret_like {
        format!(
            "a value of {} characters (not shown: it may be a secret)",
            value.chars().count()
        )
    } else {
        format!("{value:?}")
    }
}

/// Where configuration values come from: the process environment in production, a map in tests.
pub trait Env {
    fn get(&self, name: &str) -> Option<String>;
}

/// The process environment.
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn get(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
}

impl<const N: usize> Env for [(&str, &str); N] {
    fn get(&self, name: &str) -> Option<String> {
        self.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}

fn non_empty(env: &dyn Env, name: &str) -> Option<String> {
    env.get(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn parse_id(name: &'static str, value: &str) -> Result<u64, ConfigError> {
    value
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|&id| id > 0)
        .ok_or_else(|| ConfigError::BadId {
            name,
            value: value.to_string(),
        })
}

impl Config {
    /// Reads and validates the configuration; `knowledge` is the directory the CLI resolved.
    pub fn from_env(
        env: &dyn Env,
        knowledge: PathBuf,
        watch_flag: bool,
    ) -> Result<Config, ConfigError> {
        let token = non_empty(env, "DISCORD_TOKEN").ok_or(ConfigError::MissingToken)?;
        let token = token.strip_prefix("Bot ").unwrap_or(&token).to_string();
        let parts: Vec<&str> = token.split('.').collect();
        if parts.len() != 3
            || parts.iter().any(|p| p.is_empty())
            || token.contains(char::is_whitespace)
        {
            return Err(ConfigError::MalformedToken);
        }
        let guild_id = non_empty(env, "DISCORD_GUILD_ID")
            .map(|v| parse_id("DISCORD_GUILD_ID", &v))
            .transpose()?;
        let moderator_roles = non_empty(env, "CASEBOT_MODERATOR_ROLES")
            .map(|v| {
                v.split(',')
                    .filter(|r| !r.trim().is_empty())
                    .map(|r| parse_id("CASEBOT_MODERATOR_ROLES", r))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let api_base = non_empty(env, "DISCORD_API_BASE")
            .map(|v| {
                if v.starts_with("http://") || v.starts_with("https://") {
                    Ok(v.trim_end_matches('/').to_string())
                } else {
                    Err(ConfigError::BadApiBase(v))
                }
            })
            .transpose()?;
        let watch = flag(env, "CASEBOT_WATCH")? || watch_flag;
        let allow_shrink = flag(env, "CASEBOT_ALLOW_SHRINK")?;
        Ok(Config {
            token: Secret::new(token),
            guild_id,
            knowledge,
            moderator_roles,
            api_base,
            watch,
            allow_shrink,
        })
    }
}

/// A yes-or-no variable; unset is no.
fn flag(env: &dyn Env, name: &'static str) -> Result<bool, ConfigError> {
    match non_empty(env, name) {
        None => Ok(false),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(true),
            "0" | "false" | "no" | "off" => Ok(false),
            _ => Err(ConfigError::BadBool { name, value: v }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

    fn config(env: &dyn Env) -> Result<Config, ConfigError> {
        Config::from_env(env, PathBuf::from("knowledge"), false)
    }

    #[test]
    fn debug_never_shows_the_token() {
        let c = config(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        let shown = format!("{c:?} {}", c.token);
        assert!(!shown.contains(TOKEN));
        assert!(!shown.contains("abcdefghij"));
        assert!(shown.contains("[redacted]"));
    }

    #[test]
    fn reads_every_variable() {
        let prefixed = format!("Bot {TOKEN}");
        let c = config(&[
            ("DISCORD_TOKEN", prefixed.as_str()),
            ("DISCORD_GUILD_ID", "123456789012345678"),
            ("CASEBOT_MODERATOR_ROLES", "11, 22,"),
            ("DISCORD_API_BASE", "http://127.0.0.1:8080/"),
            ("CASEBOT_WATCH", "yes"),
        ])
        .unwrap();
        assert_eq!(c.token.expose(), TOKEN);
        assert_eq!(c.guild_id, Some(123456789012345678));
        assert_eq!(c.moderator_roles, [11, 22]);
        assert_eq!(c.api_base.as_deref(), Some("http://127.0.0.1:8080"));
        assert!(c.watch);
    }

    #[test]
    fn refuses_bad_values_clearly() {
        assert_eq!(config(&[("X", "")]).unwrap_err(), ConfigError::MissingToken);
        assert_eq!(
            config(&[("DISCORD_TOKEN", "  ")]).unwrap_err(),
            ConfigError::MissingToken
        );
        assert_eq!(
            config(&[("DISCORD_TOKEN", "abc")]).unwrap_err(),
            ConfigError::MalformedToken
        );
        let err =
            config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_GUILD_ID", "my server")]).unwrap_err();
        assert!(
            err.to_string()
                .contains("DISCORD_GUILD_ID must be a Discord id")
        );
        assert!(!err.to_string().contains(TOKEN));
        let err = config(&[
            ("DISCORD_TOKEN", TOKEN),
            ("DISCORD_API_BASE", "localhost:1"),
        ])
        .unwrap_err();
        assert_eq!(err, ConfigError::BadApiBase("localhost:1".into()));
        let err = config(&[("DISCORD_TOKEN", TOKEN), ("CASEBOT_WATCH", "maybe")]).unwrap_err();
        assert_eq!(
            err,
            ConfigError::BadBool {
                name: "CASEBOT_WATCH",
                value: "maybe".into()
            }
        );
        assert!(err.to_string().contains("\"maybe\""));
    }

    /// Issue 11: a token pasted into another variable was printed in the error.
    #[test]
    fn a_token_in_the_wrong_variable_is_never_echoed() {
        for name in [
            "DISCORD_API_BASE",
            "DISCORD_GUILD_ID",
            "CASEBOT_WATCH",
            "CASEBOT_MODERATOR_ROLES",
        ] {
            let err = config(&[("DISCORD_TOKEN", TOKEN), (name, TOKEN)]).unwrap_err();
            let text = err.to_string();
            assert!(text.contains(name), "{text}");
            assert!(
                !text.contains("abcdefghij"),
                "{name} echoed the token: {text}"
            );
            assert!(text.contains("not shown"), "{text}");
        }
    }
}
