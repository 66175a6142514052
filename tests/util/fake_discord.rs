//! A fake Discord on 127.0.0.1: the REST endpoints and the gateway websocket that the real
//! serenity client uses, recording every request so tests can assert on what the bot sent.
//! See ../shared/guide/FAKE_DISCORD.md for what serenity needs (and drops silently if missing).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use serde_json::{Value, json};
use tokio::sync::{Notify, mpsc};

pub const APP_ID: &str = "1000";
pub const GUILD_ID: &str = "2000";
pub const BOT_USER_ID: &str = "1000";

/// A request the bot sent.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub body: Value,
}

/// What the test asks the gateway connection to do.
#[derive(Debug)]
enum Push {
    Dispatch(&'static str, Value),
    Raw(Value),
    Close(u16),
}

struct Shared {
    addr: Mutex<Option<SocketAddr>>,
    requests: Mutex<Vec<Recorded>>,
    changed: Notify,
    connection: Mutex<Option<mpsc::UnboundedSender<Push>>>,
    identifies: AtomicUsize,
    resumes: AtomicUsize,
    seq: AtomicU64,
    /// Answer `GET /users/@me` with 401, as Discord does for a bad token.
    reject_token: bool,
    /// Wait this long before answering `GET /users/@me`, as a slow Discord would.
    slow_start: Duration,
    /// Never answer the bot's close frame (a network gone quiet): the connection stays open,
    /// unread.
    deaf_to_close: bool,
}

pub struct FakeDiscord {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        Self::start_with(false, Duration::ZERO, false).await
    }

    pub async fn start_rejecting_token() -> FakeDiscord {
        Self::start_with(true, Duration::ZERO, false).await
    }

    /// A Discord that takes `delay` to answer the bot's first request (`GET /users/@me`).
    pub async fn start_slow(delay: Duration) -> FakeDiscord {
        Self::start_with(false, delay, false).await
    }

    /// A Discord that never answers the bot's close frame when it disconnects.
    pub async fn start_deaf_to_close() -> FakeDiscord {
        Self::start_with(false, Duration::ZERO, true).await
    }

    async fn start_with(
        reject_token: bool,
        slow_start: Duration,
        deaf_to_close: bool,
    ) -> FakeDiscord {
        let shared = Arc::new(Shared {
            addr: Mutex::new(None),
            requests: Mutex::new(Vec::new()),
            changed: Notify::new(),
            connection: Mutex::new(None),
            identifies: AtomicUsize::new(0),
            resumes: AtomicUsize::new(0),
            seq: AtomicU64::new(0),
            reject_token,
            slow_start,
            deaf_to_close,
        });
        let app = Router::new()
            .route("/ws", get(gateway))
            .fallback(any(rest))
            .with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        *shared.addr.lock().expect("lock") = Some(addr);
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeDiscord { addr, shared }
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.requests.lock().expect("lock").clone()
    }

    pub fn identifies(&self) -> usize {
        self.shared.identifies.load(Ordering::SeqCst)
    }

    pub fn resumes(&self) -> usize {
        self.shared.resumes.load(Ordering::SeqCst)
    }

    /// Waits until a recorded request matches, returning it (panics after `timeout`).
    pub async fn wait_for(
        &self,
        what: &str,
        timeout: Duration,
        matches: impl Fn(&Recorded) -> bool,
    ) -> Recorded {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.changed.notified();
            if let Some(r) = self.requests().into_iter().find(|r| matches(r)) {
                return r;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!(
                    "timed out waiting for {what}; requests so far: {:#?}",
                    self.requests()
                );
            }
            let _ = tokio::time::timeout(left, notified).await;
        }
    }

    /// Waits for a condition on the fake's counters.
    pub async fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        cond: impl Fn(&FakeDiscord) -> bool,
    ) {
        let deadline = Instant::now() + timeout;
        while !cond(self) {
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn push(&self, push: Push) {
        let connection = self.shared.connection.lock().expect("lock");
        connection
            .as_ref()
            .expect("the bot is connected to the gateway")
            .send(push)
            .expect("gateway connection alive");
    }

    /// Sends INTERACTION_CREATE and waits for the bot's callback to it; returns the body.
    pub async fn interact(&self, interaction: Value) -> Value {
        let id = interaction["id"]
            .as_str()
            .expect("interaction id")
            .to_string();
        self.push(Push::Dispatch("INTERACTION_CREATE", interaction));
        let path = format!("/api/v10/interactions/{id}/");
        self.wait_for(
            &format!("the callback of interaction {id}"),
            Duration::from_secs(10),
            |r| r.method == "POST" && r.path.starts_with(&path) && r.path.ends_with("/callback"),
        )
        .await
        .body
    }

    /// A member without special permissions runs `/name option: value`; the bot's callback.
    pub async fn ask(&self, name: &str, option: &str, value: &str) -> Value {
        self.interact(slash(name, Some((option, value)), member(1 << 11, &[])))
            .await
    }

    /// Sends an interaction the bot answers by deferring (callback type 5) and then editing
    /// its original response; returns `{"type": 5, "data": <the edit, with the deferred flags>}`.
    pub async fn interact_deferred(&self, interaction: Value) -> Value {
        let token = interaction["token"].as_str().expect("token").to_string();
        let deferred = self.interact(interaction).await;
        assert_eq!(
            deferred["type"], 5,
            "expected a deferred response: {deferred}"
        );
        let path = format!("/api/v10/webhooks/{APP_ID}/{token}/messages/@original");
        let edit = self
            .wait_for(
                "the edit of a deferred response",
                Duration::from_secs(20),
                |r| r.method == "PATCH" && r.path == path,
            )
            .await;
        let mut data = edit.body;
        data["flags"] = deferred["data"]["flags"].clone();
        json!({"type": 5, "data": data})
    }

    /// Gateway op 7: the bot must reconnect and resume.
    pub fn send_reconnect(&self) {
        self.push(Push::Raw(json!({"op": 7, "d": null})));
    }

    /// Closes the gateway connection with `code` (4000: unknown error, resumable).
    pub fn close_gateway(&self, code: u16) {
        self.push(Push::Close(code));
    }
}

fn record(shared: &Shared, method: &str, path: &str, body: Value) {
    shared.requests.lock().expect("lock").push(Recorded {
        method: method.to_string(),
        path: path.to_string(),
        body,
    });
    shared.changed.notify_waiters();
}

async fn rest(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let body: Value = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()))
    };
    record(&shared, method.as_str(), &path, body.clone());
    if path == "/api/v10/users/@me" {
        tokio::time::sleep(shared.slow_start).await;
    }
    let addr = shared.addr.lock().expect("lock").expect("addr");
    let ok = |v: Value| (StatusCode::OK, axum::Json(v)).into_response();
    match (method.as_str(), path.as_str()) {
        ("GET", "/api/v10/gateway") => ok(json!({"url": format!("ws://{addr}/ws")})),
        ("GET", "/api/v10/gateway/bot") => ok(json!({
            "url": format!("ws://{addr}/ws"), "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        })),
        ("GET", "/api/v10/users/@me") if shared.reject_token => (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"message": "401: Unauthorized", "code": 0})),
        )
            .into_response(),
        ("GET", "/api/v10/users/@me") => ok(user(BOT_USER_ID, "casebot", true)),
        ("GET", "/api/v10/oauth2/applications/@me") => ok(json!({
            "id": APP_ID, "name": "casebot", "icon": null, "description": "",
            "bot_public": false, "bot_require_code_grant": false, "verify_key": "00"
        })),
        ("PUT", p) if p.ends_with("/commands") => {
            let commands: Vec<Value> = body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(|(i, mut c)| {
                    c["id"] = json!(format!("{}", 5000 + i));
                    c["application_id"] = json!(APP_ID);
                    c["version"] = json!("1");
                    if c.get("type").is_none() {
                        c["type"] = json!(1);
                    }
                    c
                })
                .collect();
            ok(Value::Array(commands))
        }
        ("POST", p) if p.starts_with("/api/v10/interactions/") && p.ends_with("/callback") => {
            StatusCode::NO_CONTENT.into_response()
        }
        ("PATCH", p)
            if p.starts_with("/api/v10/webhooks/") && p.ends_with("/messages/@original") =>
        {
            ok(message_json())
        }
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({"message": "404: Not Found", "code": 0})),
        )
            .into_response(),
    }
}

/// A message as Discord returns it (the fields serenity requires).
fn message_json() -> Value {
    json!({
        "id": "8000", "channel_id": "3000", "author": user(BOT_USER_ID, "casebot", true),
        "content": "", "timestamp": "2020-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null, "tts": false, "mention_everyone": false,
        "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 0
    })
}

pub fn user(id: &str, name: &str, bot: bool) -> Value {
    json!({"id": id, "username": name, "discriminator": "0", "global_name": null, "avatar": null, "bot": bot})
}

async fn gateway(State(shared): State<Arc<Shared>>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |socket| connection(shared, socket))
}

fn frame(v: &Value) -> Message {
    Message::Text(v.to_string().into())
}

async fn connection(shared: Arc<Shared>, mut socket: WebSocket) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    *shared.connection.lock().expect("lock") = Some(tx);
    let addr = shared.addr.lock().expect("lock").expect("addr");
    if socket
        .send(frame(
            &json!({"op": 10, "d": {"heartbeat_interval": 41250}}),
        ))
        .await
        .is_err()
    {
        return;
    }
    let dispatch = |t: &str, d: Value| {
        let s = shared.seq.fetch_add(1, Ordering::SeqCst) + 1;
        json!({"op": 0, "t": t, "s": s, "d": d})
    };
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(message)) = incoming else { return };
                if matches!(message, Message::Close(_)) && shared.deaf_to_close {
                    // Reading on would send tungstenite's automatic answer.
                    let _socket = socket;
                    std::future::pending::<()>().await;
                    return;
                }
                let Message::Text(text) = message else { continue };
                let Ok(payload) = serde_json::from_str::<Value>(text.as_str()) else { continue };
                let reply = match payload["op"].as_u64() {
                    Some(1) => Some(json!({"op": 11})),
                    Some(2) => {
                        shared.identifies.fetch_add(1, Ordering::SeqCst);
                        record(&shared, "GATEWAY", "identify", payload.clone());
                        Some(dispatch("READY", json!({
                            "v": 10,
                            "user": user(BOT_USER_ID, "casebot", true),
                            "guilds": [],
                            "session_id": "session-1",
                            "resume_gateway_url": format!("ws://{addr}/ws"),
                            "shard": [0, 1],
                            "application": {"id": APP_ID, "flags": 0}
                        })))
                    }
                    Some(6) => {
                        shared.resumes.fetch_add(1, Ordering::SeqCst);
                        record(&shared, "GATEWAY", "resume", payload.clone());
                        Some(dispatch("RESUMED", json!({})))
                    }
                    _ => None,
                };
                if let Some(reply) = reply
                    && socket.send(frame(&reply)).await.is_err()
                {
                    return;
                }
            }
            push = rx.recv() => {
                let Some(push) = push else { return };
                let sent = match push {
                    Push::Dispatch(t, d) => socket.send(frame(&dispatch(t, d))).await,
                    Push::Raw(v) => socket.send(frame(&v)).await,
                    Push::Close(code) => {
                        let _ = socket.send(Message::Close(Some(CloseFrame { code, reason: "".into() }))).await;
                        return;
                    }
                };
                if sent.is_err() {
                    return;
                }
            }
        }
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(7000);

fn next_id() -> String {
    NEXT_ID.fetch_add(1, Ordering::SeqCst).to_string()
}

/// A guild member with these permission bits and roles.
pub fn member(permissions: u64, roles: &[&str]) -> Value {
    json!({
        "user": user("4000", "member", false),
        "roles": roles,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "joined_at": "2020-01-01T00:00:00.000000+00:00",
        "permissions": permissions.to_string()
    })
}

fn base_interaction(kind: u8, data: Value, member: Value) -> Value {
    let id = next_id();
    json!({
        "id": id,
        "application_id": APP_ID,
        "type": kind,
        "token": format!("interaction-token-{id}"),
        "version": 1,
        "guild_id": GUILD_ID,
        "channel_id": "3000",
        "channel": {"id": "3000", "type": 0},
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {},
        "attachment_size_limit": 8388608,
        "app_permissions": "0",
        "data": data,
        "member": member
    })
}

/// A slash command with one string option (type 2), as `member` invokes it.
pub fn slash(name: &str, option: Option<(&str, &str)>, member: Value) -> Value {
    let options = match option {
        Some((n, v)) => json!([{"name": n, "type": 3, "value": v}]),
        None => json!([]),
    };
    base_interaction(
        2,
        json!({"id": "6000", "name": name, "type": 1, "options": options}),
        member,
    )
}

/// An autocomplete request (type 4) with the focused option's value.
pub fn autocomplete(name: &str, option: &str, value: &str) -> Value {
    base_interaction(
        4,
        json!({"id": "6000", "name": name, "type": 1,
               "options": [{"name": option, "type": 3, "value": value, "focused": true}]}),
        member(0, &[]),
    )
}

/// A button press (type 3) on a message the bot sent.
pub fn button(custom_id: &str) -> Value {
    base_interaction(
        3,
        json!({"custom_id": custom_id, "component_type": 2}),
        member(0, &[]),
    )
    .as_object()
    .cloned()
    .map(|mut o| {
        o.insert("message".into(), message_json());
        Value::Object(o)
    })
    .expect("object")
}
