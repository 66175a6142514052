//! The bot's configuration, read once from the environment (and a `.env` file) and validated
//! before anything connects. The token is held in [`Secret`], whose `Debug` and `Display`
//! never show it.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

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
    /// The gateway shards this process runs (`CASEBOT_SHARDS`); all, as Discord recommends,
    /// when unset.
    pub shards: Option<ShardRange>,
}

/// Shards `first..=last` of `total`: a large bot split across processes, each with its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl std::str::FromStr for ShardRange {
    type Err = ConfigError;

    /// `FIRST..LAST/TOTAL`, both ends included: `0..3/8` is shards 0, 1, 2 and 3 of 8.
    fn from_str(s: &str) -> Result<ShardRange, ConfigError> {
        let bad = || ConfigError::BadShards(s.to_string());
        let (range, total) = s.trim().split_once('/').ok_or_else(bad)?;
        let (first, last) = range.split_once("..").ok_or_else(bad)?;
        let number = |v: &str| v.trim().parse::<u32>().map_err(|_| bad());
        let (first, last, total) = (number(first)?, number(last)?, number(total)?);
        if first > last || last >= total {
            return Err(bad());
        }
        Ok(ShardRange { first, last, total })
    }
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
    #[error(
        "DISCORD_PUBLIC_KEY is not set, so signed interactions cannot be checked: copy the Public Key from the General Information page of your application"
    )]
    MissingPublicKey,
    #[error(
        "DISCORD_PUBLIC_KEY must be the 64 hexadecimal characters of the Public Key on the General Information page of your application; got a value of {0} characters (not shown)"
    )]
    MalformedPublicKey(usize),
    #[error(
        "{name} must be an address and port like 127.0.0.1:8080, got {}",
        shown(value)
    )]
    BadAddress { name: &'static str, value: String },
    #[error(
        "{name} must be a whole number of seconds from 1 to 86400, got {}",
        shown(value)
    )]
    BadSeconds { name: &'static str, value: String },
    #[error(
        "CASEBOT_SHARDS must be FIRST..LAST/TOTAL with FIRST <= LAST < TOTAL (e.g. 0..3/8), got {}",
        shown(.0)
    )]
    BadShards(String),
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
        Ok(Config {
            token: Secret::new(token),
            guild_id,
            knowledge,
            moderator_roles: moderator_roles(env)?,
            api_base: api_base(env)?,
            watch: watch(env)? || watch_flag,
            allow_shrink: flag(env, "CASEBOT_ALLOW_SHRINK")?,
            shards: non_empty(env, "CASEBOT_SHARDS")
                .map(|v| v.parse())
                .transpose()?,
        })
    }
}

fn moderator_roles(env: &dyn Env) -> Result<Vec<u64>, ConfigError> {
    Ok(non_empty(env, "CASEBOT_MODERATOR_ROLES")
        .map(|v| {
            v.split(',')
                .filter(|r| !r.trim().is_empty())
                .map(|r| parse_id("CASEBOT_MODERATOR_ROLES", r))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?
        .unwrap_or_default())
}

fn api_base(env: &dyn Env) -> Result<Option<String>, ConfigError> {
    non_empty(env, "DISCORD_API_BASE")
        .map(|v| {
            if v.starts_with("http://") || v.starts_with("https://") {
                Ok(v.trim_end_matches('/').to_string())
            } else {
                Err(ConfigError::BadApiBase(v))
            }
        })
        .transpose()
}

fn watch(env: &dyn Env) -> Result<bool, ConfigError> {
    flag(env, "CASEBOT_WATCH")
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

/// Where `casebot serve` listens unless `--listen` or `CASEBOT_LISTEN` says otherwise.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// How far a request's signed timestamp may be from this machine's clock, by default.
pub const DEFAULT_SIGNATURE_WINDOW: Duration = Duration::from_secs(300);

/// Everything `casebot serve` (the HTTP interactions endpoint) needs, validated. It needs no
/// token: Discord's requests are authenticated by their signature, and the webhook that
/// completes a deferred response is authorised by the interaction's own token.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The application's Ed25519 public key.
    pub public_key: PublicKey,
    pub listen: SocketAddr,
    pub knowledge: PathBuf,
    pub moderator_roles: Vec<u64>,
    pub api_base: Option<String>,
    pub watch: bool,
    /// Let a reload remove most facts of a command without being asked twice.
    pub allow_shrink: bool,
    /// A request signed further than this from now is refused (replay protection).
    pub signature_window: Duration,
}

impl ServeConfig {
    /// Reads and validates the configuration; flags win over the environment.
    pub fn from_env(
        env: &dyn Env,
        knowledge: PathBuf,
        listen_flag: Option<String>,
        watch_flag: bool,
        window_flag: Option<String>,
    ) -> Result<ServeConfig, ConfigError> {
        let key = non_empty(env, "DISCORD_PUBLIC_KEY").ok_or(ConfigError::MissingPublicKey)?;
        let public_key = decode_hex::<32>(&key)
            .filter(|k| ed25519_dalek::VerifyingKey::from_bytes(k).is_ok())
            .map(PublicKey)
            .ok_or(ConfigError::MalformedPublicKey(key.chars().count()))?;
        let (name, listen) = match listen_flag {
            Some(v) => ("--listen", v),
            None => match non_empty(env, "CASEBOT_LISTEN") {
                Some(v) => ("CASEBOT_LISTEN", v),
                None => ("CASEBOT_LISTEN", DEFAULT_LISTEN.to_string()),
            },
        };
        let listen = parse_address(name, &listen)?;
        let (name, window) = match window_flag {
            Some(v) => ("--signature-window", Some(v)),
            None => (
                "CASEBOT_SIGNATURE_WINDOW",
                non_empty(env, "CASEBOT_SIGNATURE_WINDOW"),
            ),
        };
        let signature_window = match window {
            None => DEFAULT_SIGNATURE_WINDOW,
            Some(v) => Duration::from_secs(
                v.trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|s| (1..=86_400).contains(s))
                    .ok_or(ConfigError::BadSeconds { name, value: v })?,
            ),
        };
        Ok(ServeConfig {
            public_key,
            listen,
            knowledge,
            moderator_roles: moderator_roles(env)?,
            api_base: api_base(env)?,
            watch: watch(env)? || watch_flag,
            allow_shrink: flag(env, "CASEBOT_ALLOW_SHRINK")?,
            signature_window,
        })
    }
}

/// The application's Ed25519 public key, 32 bytes: not a secret, but never echoed either
/// (`Debug` shows no byte of it), so logs cannot be used to tell which application this is.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(pub [u8; 32]);

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PublicKey([redacted])")
    }
}

/// An address to listen on (`--listen`, `--metrics`).
pub fn parse_address(name: &'static str, value: &str) -> Result<SocketAddr, ConfigError> {
    value.trim().parse().map_err(|_| ConfigError::BadAddress {
        name,
        value: value.to_string(),
    })
}

/// `N` bytes from exactly `2 * N` hexadecimal digits.
pub fn decode_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim().as_bytes();
    if text.len() != 2 * N {
        return None;
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (i, pair) in text.chunks_exact(2).enumerate() {
        out[i] = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(out)
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

    const PUBLIC_KEY: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    fn serve(env: &dyn Env) -> Result<ServeConfig, ConfigError> {
        ServeConfig::from_env(env, PathBuf::from("knowledge"), None, false, None)
    }

    #[test]
    fn serve_reads_the_key_the_address_and_the_window() {
        let c = serve(&[("DISCORD_PUBLIC_KEY", PUBLIC_KEY)]).unwrap();
        assert_eq!(c.public_key.0[0], 0xd7);
        assert!(!format!("{c:?}").contains("215"));
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.signature_window, DEFAULT_SIGNATURE_WINDOW);
        let c = ServeConfig::from_env(
            &[
                ("DISCORD_PUBLIC_KEY", PUBLIC_KEY),
                ("CASEBOT_LISTEN", "0.0.0.0:9000"),
                ("CASEBOT_SIGNATURE_WINDOW", "60"),
            ],
            PathBuf::from("k"),
            Some("127.0.0.1:0".into()),
            true,
            None,
        )
        .unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:0");
        assert_eq!(c.signature_window, Duration::from_secs(60));
        assert!(c.watch);
    }

    #[test]
    fn serve_refuses_a_missing_or_malformed_key_without_showing_it() {
        assert_eq!(
            serve(&[("X", "")]).unwrap_err(),
            ConfigError::MissingPublicKey
        );
        let short = &PUBLIC_KEY[..63];
        let not_hex = PUBLIC_KEY.replace('d', "x");
        for bad in [short, not_hex.as_str(), "abc"] {
            let err = serve(&[("DISCORD_PUBLIC_KEY", bad)]).unwrap_err();
            let text = err.to_string();
            assert!(text.contains("64 hexadecimal characters"), "{text}");
            assert!(!text.contains(bad), "{text}");
        }
        let err = serve(&[
            ("DISCORD_PUBLIC_KEY", PUBLIC_KEY),
            ("CASEBOT_LISTEN", "localhost"),
        ])
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("CASEBOT_LISTEN must be an address")
        );
        let err = serve(&[
            ("DISCORD_PUBLIC_KEY", PUBLIC_KEY),
            ("CASEBOT_SIGNATURE_WINDOW", "0"),
        ])
        .unwrap_err();
        assert!(err.to_string().contains("whole number of seconds"));
    }

    #[test]
    fn shard_ranges_include_both_ends() {
        let c = config(&[("DISCORD_TOKEN", TOKEN), ("CASEBOT_SHARDS", "0..3/8")]).unwrap();
        assert_eq!(
            c.shards,
            Some(ShardRange {
                first: 0,
                last: 3,
                total: 8
            })
        );
        assert_eq!(config(&[("DISCORD_TOKEN", TOKEN)]).unwrap().shards, None);
        for bad in ["3..0/8", "0..8/8", "0-3/8", "0..3", "a..b/c"] {
            let err = config(&[("DISCORD_TOKEN", TOKEN), ("CASEBOT_SHARDS", bad)]).unwrap_err();
            assert_eq!(err, ConfigError::BadShards(bad.into()));
        }
    }

    #[test]
    fn hex_decodes_exact_lengths_only() {
        assert_eq!(decode_hex::<2>("0aFf"), Some([0x0a, 0xff]));
        assert_eq!(decode_hex::<2>("0aF"), None);
        assert_eq!(decode_hex::<2>("0aFg"), None);
        assert_eq!(decode_hex::<1>("é"), None);
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
