//! The HTTP interactions endpoint (`casebot serve`): Discord POSTs each interaction to
//! `/interactions`, signed with the application's Ed25519 key, and the answer is the HTTP
//! response itself: the same [`Responder`] and the same bytes as the gateway sends. It keeps no
//! state between requests, so any number of replicas can run behind a load balancer.
//!
//! Order of checks, so that nothing unauthenticated is ever parsed:
//! 1. the signature and timestamp headers (missing or malformed: 401);
//! 2. the body's declared then actual size (over [`BODY_MAX`]: 413, without reading it all);
//! 3. the timestamp within the window (else 401: a captured request cannot be replayed later);
//! 4. the Ed25519 signature over timestamp + raw body (else 401);
//! 5. only then the JSON (not JSON: 400; an interaction type casebot does not answer: 400).
//!
//! Discord probes a new endpoint with badly signed requests and refuses to save one that
//! answers them with anything but 401. `/healthz` says whether a fact base is loaded (503 until
//! one is) and which; `/metrics` is Prometheus text.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use ed25519_dalek::{Signature, VerifyingKey};
use serde::Deserialize;
use serenity::all::Interaction;
use tracing::{Instrument, debug, warn};

use super::respond::{Responder, Then};
use crate::config::decode_hex;
use crate::metrics;
use crate::status::Status;

/// The largest request body read, in bytes. Interactions are a few kilobytes; a button press
/// carries the message it was on (at most an embed of 6,000 characters and its components).
pub const BODY_MAX: usize = 256 * 1024;

const SIGNATURE_HEADER: &str = "x-signature-ed25519";
const TIMESTAMP_HEADER: &str = "x-signature-timestamp";

/// Why a request was refused: a fixed word, for metrics and the debug log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    MissingSignature,
    MalformedSignature,
    MissingTimestamp,
    MalformedTimestamp,
    StaleTimestamp,
    BadSignature,
    TooLarge,
    InvalidJson,
    UnknownType,
    NotReady,
}

impl Rejection {
    pub fn reason(self) -> &'static str {
        match self {
            Rejection::MissingSignature => "missing_signature",
            Rejection::MalformedSignature => "malformed_signature",
            Rejection::MissingTimestamp => "missing_timestamp",
            Rejection::MalformedTimestamp => "malformed_timestamp",
            Rejection::StaleTimestamp => "stale_timestamp",
            Rejection::BadSignature => "bad_signature",
            Rejection::TooLarge => "too_large",
            Rejection::InvalidJson => "invalid_json",
            Rejection::UnknownType => "unknown_type",
            Rejection::NotReady => "not_ready",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Rejection::MissingSignature
            | Rejection::MalformedSignature
            | Rejection::MissingTimestamp
            | Rejection::MalformedTimestamp
            | Rejection::StaleTimestamp
            | Rejection::BadSignature => StatusCode::UNAUTHORIZED,
            Rejection::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Rejection::InvalidJson | Rejection::UnknownType => StatusCode::BAD_REQUEST,
            Rejection::NotReady => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let m = metrics::get();
        match self.status() {
            StatusCode::UNAUTHORIZED => m.signature_rejected(self.reason()),
            _ => m.bad_request(self.reason()),
        }
        debug!(reason = self.reason(), "refused a request to /interactions");
        let text = match self.status() {
            StatusCode::UNAUTHORIZED => "invalid request signature",
            StatusCode::PAYLOAD_TOO_LARGE => "request body too large",
            StatusCode::SERVICE_UNAVAILABLE => "no fact base loaded yet",
            _ => "not an interaction casebot answers",
        };
        (self.status(), text).into_response()
    }
}

/// Checks Discord's signatures: Ed25519 over the timestamp header followed by the raw body.
#[derive(Clone)]
pub struct Verifier {
    key: VerifyingKey,
    window: Duration,
}

impl Verifier {
    /// `None` if the 32 bytes are not a valid Ed25519 public key.
    pub fn new(key: &[u8; 32], window: Duration) -> Option<Verifier> {
        Some(Verifier {
            key: VerifyingKey::from_bytes(key).ok()?,
            window,
        })
    }

    /// The signature and timestamp headers, parsed (step 1 of the module docs).
    fn headers(headers: &HeaderMap) -> Result<(Signature, u64, HeaderValue), Rejection> {
        let signature = headers
            .get(SIGNATURE_HEADER)
            .ok_or(Rejection::MissingSignature)?;
        let signature = signature
            .to_str()
            .ok()
            .and_then(decode_hex::<64>)
            .map(|bytes| Signature::from_bytes(&bytes))
            .ok_or(Rejection::MalformedSignature)?;
        let timestamp = headers
            .get(TIMESTAMP_HEADER)
            .ok_or(Rejection::MissingTimestamp)?;
        let seconds = timestamp
            .to_str()
            .ok()
            .filter(|t| !t.is_empty() && t.len() <= 20 && t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<u64>().ok())
            .ok_or(Rejection::MalformedTimestamp)?;
        Ok((signature, seconds, timestamp.clone()))
    }

    /// Steps 3 and 4: the timestamp is recent and the signature is the application's.
    fn verify(
        &self,
        signature: &Signature,
        seconds: u64,
        timestamp: &HeaderValue,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), Rejection> {
        let now = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        if now.abs_diff(seconds) > self.window.as_secs() {
            return Err(Rejection::StaleTimestamp);
        }
        let mut message = Vec::with_capacity(timestamp.len() + body.len());
        message.extend_from_slice(timestamp.as_bytes());
        message.extend_from_slice(body);
        self.key
            .verify_strict(&message, signature)
            .map_err(|_| Rejection::BadSignature)
    }
}

/// The server's state: shared by every request, changed by none but the loader.
pub struct Endpoint {
    verifier: Verifier,
    /// Set once the facts are loaded; until then interactions other than PING get 503.
    responder: OnceLock<Arc<Responder>>,
    status: Arc<Status>,
    /// Where deferred responses are completed: Discord, or `DISCORD_API_BASE`.
    api_base: String,
    client: reqwest::Client,
}

impl Endpoint {
    pub fn new(verifier: Verifier, status: Arc<Status>, api_base: Option<String>) -> Endpoint {
        Endpoint {
            verifier,
            responder: OnceLock::new(),
            status,
            api_base: api_base.unwrap_or_else(|| "https://discord.com".to_string()),
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(15))
                .build()
                .unwrap_or_default(),
        }
    }

    /// Starts answering interactions from `responder` (once the facts are loaded).
    pub fn ready(&self, responder: Arc<Responder>) {
        let _ = self.responder.set(responder);
    }

    pub fn status(&self) -> &Arc<Status> {
        &self.status
    }
}

/// The routes: `POST /interactions`, `GET /healthz`, `GET /metrics`.
pub fn router(endpoint: Arc<Endpoint>) -> Router {
    Router::new()
        .route("/interactions", post(interactions))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_text))
        .with_state(endpoint)
}

/// Serves `router` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    endpoint: Arc<Endpoint>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(endpoint))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Only the `type` of an interaction, read before the whole of it.
#[derive(Deserialize)]
struct Kind {
    #[serde(rename = "type")]
    kind: u8,
}

fn json(status: StatusCode, body: Vec<u8>) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// The body, read only if it fits [`BODY_MAX`]: a declared length over it is refused unread,
/// an undeclared one is read up to the limit and no further.
async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, Rejection> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > BODY_MAX as u64) {
        return Err(Rejection::TooLarge);
    }
    axum::body::to_bytes(body, BODY_MAX)
        .await
        .map_err(|_| Rejection::TooLarge)
}

/// `POST /interactions`, in a span of its own (fields filled in as they become known).
async fn interactions(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Rejection> {
    let span = tracing::info_span!(
        "interaction",
        transport = "http",
        kind = tracing::field::Empty,
        command = tracing::field::Empty,
        outcome = tracing::field::Empty,
    );
    interaction(endpoint, headers, body).instrument(span).await
}

async fn interaction(
    endpoint: Arc<Endpoint>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Rejection> {
    let started = Instant::now();
    let (signature, seconds, timestamp) = Verifier::headers(&headers)?;
    let body = read_body(&headers, body).await?;
    endpoint
        .verifier
        .verify(&signature, seconds, &timestamp, &body, SystemTime::now())?;
    // Authenticated: now, and only now, the body is parsed.
    let kind = serde_json::from_slice::<Kind>(&body)
        .map_err(|_| Rejection::InvalidJson)?
        .kind;
    if kind == 1 {
        // PING needs no facts: Discord's probe passes while a replica is still loading.
        metrics::get().interaction("http", "ping", "other", "pong", started.elapsed());
        return Ok(json(StatusCode::OK, br#"{"type":1}"#.to_vec()));
    }
    if !(2..=5).contains(&kind) {
        return Err(Rejection::UnknownType);
    }
    let interaction: Interaction =
        serde_json::from_slice(&body).map_err(|_| Rejection::InvalidJson)?;
    let responder = endpoint.responder.get().ok_or(Rejection::NotReady)?;
    let answer = responder
        .respond(&interaction)
        .ok_or(Rejection::UnknownType)?;
    let bytes = serde_json::to_vec(&answer.response).map_err(|e| {
        warn!("could not serialise a response: {e}");
        Rejection::InvalidJson
    })?;
    metrics::get().interaction(
        "http",
        answer.kind,
        answer.command,
        answer.outcome,
        started.elapsed(),
    );
    let span = tracing::Span::current();
    span.record("kind", answer.kind);
    span.record("command", answer.command);
    span.record("outcome", answer.outcome);
    if answer.then == Then::Reload {
        metrics::get().deferred("http");
        let responder = Arc::clone(responder);
        let endpoint = Arc::clone(&endpoint);
        tokio::spawn(
            async move {
                complete_reload(&endpoint, responder, &interaction).await;
            }
            .in_current_span(),
        );
    }
    Ok(json(StatusCode::OK, bytes))
}

/// Runs a deferred `/reload` and edits the original response with its report, through the
/// interaction's webhook (authorised by the interaction token, no bot token needed).
async fn complete_reload(
    endpoint: &Endpoint,
    responder: Arc<Responder>,
    interaction: &Interaction,
) {
    let edit = match tokio::task::spawn_blocking(move || responder.reload()).await {
        Ok(edit) => edit,
        Err(e) => {
            warn!("the reload task failed: {e}");
            metrics::get().followup_failed("http");
            return;
        }
    };
    let token = interaction.token();
    // The token comes signed from Discord; still, only URL-safe characters go into the path.
    if token.is_empty()
        || !token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    {
        warn!("an interaction token with unexpected characters: the /reload report is not sent");
        metrics::get().followup_failed("http");
        return;
    }
    let url = format!(
        "{}/api/v10/webhooks/{}/{token}/messages/@original",
        endpoint.api_base,
        interaction.application_id()
    );
    let body = match serde_json::to_vec(&edit) {
        Ok(body) => body,
        Err(e) => {
            warn!("could not serialise the /reload report: {e}");
            metrics::get().followup_failed("http");
            return;
        }
    };
    let sent = endpoint
        .client
        .patch(&url)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await;
    match sent {
        Ok(r) if r.status().is_success() => debug!("sent the /reload report"),
        Ok(r) => {
            warn!("Discord refused the /reload report: {}", r.status());
            metrics::get().followup_failed("http");
        }
        // reqwest's error names the URL, which holds the interaction token: say only why.
        Err(e) => {
            let why = if e.is_timeout() {
                "timed out"
            } else if e.is_connect() {
                "could not connect"
            } else {
                "request failed"
            };
            warn!("could not send the /reload report: {why}");
            metrics::get().followup_failed("http");
        }
    }
}

async fn healthz(State(endpoint): State<Arc<Endpoint>>) -> Response {
    let replica = endpoint.status.replica();
    let Some(responder) = endpoint.responder.get() else {
        let body = serde_json::json!({"ready": false, "replica": replica});
        return json(
            StatusCode::SERVICE_UNAVAILABLE,
            body.to_string().into_bytes(),
        );
    };
    let info = endpoint.status.base(&responder.service.snapshot());
    let body = serde_json::json!({
        "ready": true,
        "replica": replica,
        "hash": info.hash,
        "facts": {
            "events": info.events,
            "people": info.people,
            "quotes": info.quotes,
            "sources": info.sources,
        },
        "loaded_at": info.loaded_at,
    });
    json(StatusCode::OK, body.to_string().into_bytes())
}

async fn metrics_text(State(endpoint): State<Arc<Endpoint>>) -> Response {
    let text = metrics_body(
        &endpoint.status,
        endpoint.responder.get().map(|r| &r.service),
    );
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(metrics::CONTENT_TYPE),
        )],
        text,
    )
        .into_response()
}

/// The metrics exposition with the fact gauges of the base `service` serves now.
pub fn metrics_body(
    status: &Status,
    service: Option<&Arc<casebot_core::service::Service>>,
) -> String {
    let info = service.map(|s| status.base(&s.snapshot()));
    metrics::get().render(info.as_deref().map(|i| (i, status.replica())))
}

/// Serves only `GET /metrics` on `listener` (the gateway mode's `--metrics ADDR`).
pub async fn serve_metrics(
    listener: tokio::net::TcpListener,
    status: Arc<Status>,
    service: Arc<casebot_core::service::Service>,
) -> std::io::Result<()> {
    let app = Router::new().route(
        "/metrics",
        get(move || {
            let text = metrics_body(&status, Some(&service));
            async move {
                (
                    [(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static(metrics::CONTENT_TYPE),
                    )],
                    text,
                )
            }
        }),
    );
    axum::serve(listener, app).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    fn keys() -> (SigningKey, Verifier) {
        let signing = SigningKey::from_bytes(&[7; 32]);
        let verifier = Verifier::new(signing.verifying_key().as_bytes(), Duration::from_secs(300))
            .expect("key");
        (signing, verifier)
    }

    fn signed(signing: &SigningKey, timestamp: &str, body: &[u8]) -> HeaderMap {
        let mut message = timestamp.as_bytes().to_vec();
        message.extend_from_slice(body);
        let signature = signing.sign(&message).to_bytes();
        let hex: String = signature.iter().map(|b| format!("{b:02x}")).collect();
        let mut headers = HeaderMap::new();
        headers.insert(SIGNATURE_HEADER, hex.parse().expect("header"));
        headers.insert(TIMESTAMP_HEADER, timestamp.parse().expect("header"));
        headers
    }

    fn check(
        verifier: &Verifier,
        headers: &HeaderMap,
        body: &[u8],
        now: u64,
    ) -> Result<(), Rejection> {
        let (signature, seconds, timestamp) = Verifier::headers(headers)?;
        verifier.verify(
            &signature,
            seconds,
            &timestamp,
            body,
            UNIX_EPOCH + Duration::from_secs(now),
        )
    }

    #[test]
    fn a_signature_holds_only_for_its_timestamp_and_body() {
        let (signing, verifier) = keys();
        let body = br#"{"type":1}"#;
        let headers = signed(&signing, "1000", body);
        assert_eq!(check(&verifier, &headers, body, 1000), Ok(()));
        assert_eq!(check(&verifier, &headers, body, 1300), Ok(()));
        assert_eq!(
            check(&verifier, &headers, body, 1301),
            Err(Rejection::StaleTimestamp)
        );
        assert_eq!(
            check(&verifier, &headers, b"{\"type\":2}", 1000),
            Err(Rejection::BadSignature)
        );
        let mut moved = headers.clone();
        moved.insert(TIMESTAMP_HEADER, "1001".parse().expect("header"));
        assert_eq!(
            check(&verifier, &moved, body, 1000),
            Err(Rejection::BadSignature)
        );
    }

    #[test]
    fn malformed_headers_are_told_apart() {
        let (signing, verifier) = keys();
        let headers = signed(&signing, "1000", b"{}");
        let mut h = headers.clone();
        h.remove(SIGNATURE_HEADER);
        assert_eq!(
            check(&verifier, &h, b"{}", 1000),
            Err(Rejection::MissingSignature)
        );
        let mut h = headers.clone();
        h.insert(SIGNATURE_HEADER, "zz".parse().expect("header"));
        assert_eq!(
            check(&verifier, &h, b"{}", 1000),
            Err(Rejection::MalformedSignature)
        );
        let mut h = headers.clone();
        h.remove(TIMESTAMP_HEADER);
        assert_eq!(
            check(&verifier, &h, b"{}", 1000),
            Err(Rejection::MissingTimestamp)
        );
        for bad in ["", "-5", "1e3", "99999999999999999999999"] {
            let mut h = headers.clone();
            h.insert(TIMESTAMP_HEADER, bad.parse().expect("header"));
            assert_eq!(
                check(&verifier, &h, b"{}", 1000),
                Err(Rejection::MalformedTimestamp),
                "{bad:?}"
            );
        }
    }
}
