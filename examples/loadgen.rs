//! Signed interactions for `casebot serve`, as Discord would send them: a keypair from a seed,
//! one request, or a load run over keep-alive connections with its throughput and latency
//! percentiles. Loopback only; every run is bounded in time.
//!
//! ```text
//! cargo run --release --example loadgen -- key SEED
//! cargo run --release --example loadgen -- send ADDR SEED (who|when|quote|reload|ping) [QUERY]
//! cargo run --release --example loadgen -- load ADDR SEED [CONNECTIONS] [SECONDS]
//! cargo run --release --example loadgen -- steady ADDR SEED COUNT INTERVAL_MS
//! ```
//! `steady` sends COUNT signed `/who` one after another, a new connection each, and says how
//! many got 200 (what a replica test runs while it kills a replica).
//! SEED is any word: the same seed gives the same keypair, so a script starts replicas with
//! `DISCORD_PUBLIC_KEY=$(loadgen key SEED)` and signs with the seed. ADDR is `host:port`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signer, SigningKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn keys(seed: &str) -> SigningKey {
    SigningKey::from_bytes(&Sha256::digest(seed.as_bytes()).into())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn interaction(kind: &str, query: &str) -> Value {
    let member = json!({
        "user": {"id": "4000", "username": "member", "discriminator": "0", "global_name": null, "avatar": null},
        "roles": [], "deaf": false, "mute": false, "flags": 0,
        "joined_at": "2020-01-01T00:00:00.000000+00:00",
        // Manage Server: may /reload.
        "permissions": "32"
    });
    let (kind_number, data) = match kind {
        "ping" => (1, Value::Null),
        "reload" => (
            2,
            json!({"id": "6000", "name": "reload", "type": 1, "options": []}),
        ),
        command => {
            let option = match command {
                "when" => "event",
                "quote" => "about",
                _ => "name",
            };
            (
                2,
                json!({"id": "6000", "name": command, "type": 1,
                       "options": [{"name": option, "type": 3, "value": query}]}),
            )
        }
    };
    let id = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() % 1_000_000_000_000);
    json!({
        "id": id.to_string(), "application_id": "1000", "type": kind_number,
        "token": format!("token-{id}"), "version": 1, "guild_id": "2000",
        "channel_id": "3000", "channel": {"id": "3000", "type": 0},
        "locale": "en-US", "guild_locale": "en-US", "entitlements": [],
        "authorizing_integration_owners": {}, "attachment_size_limit": 8388608,
        "app_permissions": "0", "data": data, "member": member
    })
}

/// The bytes of one signed `POST /interactions`.
fn request(addr: &str, key: &SigningKey, body: &[u8]) -> Vec<u8> {
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .to_string();
    let mut message = timestamp.as_bytes().to_vec();
    message.extend_from_slice(body);
    let signature = hex(&key.sign(&message).to_bytes());
    let mut out = format!(
        "POST /interactions HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\nx-signature-ed25519: {signature}\r\nx-signature-timestamp: {timestamp}\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// Reads one HTTP/1.1 response with a content length; its status and body.
async fn response(stream: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<(u16, Vec<u8>)> {
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let status = head
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            let total = end + 4 + length;
            while buf.len() < total {
                let n = stream.read(&mut chunk).await?;
                if n == 0 {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let body = buf[end + 4..total].to_vec();
            buf.drain(..total);
            return Ok((status, body));
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

async fn send(addr: &str, seed: &str, kind: &str, query: &str) -> std::io::Result<()> {
    let body = interaction(kind, query).to_string();
    let mut stream = TcpStream::connect(addr).await?;
    stream
        .write_all(&request(addr, &keys(seed), body.as_bytes()))
        .await?;
    let (status, body) = response(&mut stream, &mut Vec::new()).await?;
    println!("{status} {}", String::from_utf8_lossy(&body));
    Ok(())
}

/// `connections` keep-alive connections, each sending the same signed `/who` (as Discord
/// would, within the signature window) for `seconds`.
async fn load(addr: &str, seed: &str, connections: usize, seconds: u64) {
    let body = interaction("who", "hague").to_string();
    let request = request(addr, &keys(seed), body.as_bytes());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let request = request.clone();
        let addr = addr.to_string();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failures = 0u64;
            let mut stream: Option<TcpStream> = None;
            let mut buf = Vec::new();
            while Instant::now() < deadline {
                let mut s = match stream.take() {
                    Some(s) => s,
                    None => match TcpStream::connect(&addr).await {
                        Ok(s) => {
                            let _ = s.set_nodelay(true);
                            buf.clear();
                            s
                        }
                        Err(_) => {
                            failures += 1;
                            tokio::time::sleep(Duration::from_millis(10)).await;
                            continue;
                        }
                    },
                };
                let sent = Instant::now();
                let ok = match s.write_all(&request).await {
                    Ok(()) => matches!(response(&mut s, &mut buf).await, Ok((200, _))),
                    Err(_) => false,
                };
                if ok {
                    latencies.push(sent.elapsed());
                    stream = Some(s);
                } else {
                    failures += 1;
                }
            }
            (latencies, failures)
        }));
    }
    let mut all = Vec::new();
    let mut failures = 0;
    for task in tasks {
        if let Ok((latencies, failed)) = task.await {
            all.extend(latencies);
            failures += failed;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let at = |q: f64| {
        all.get(((all.len() as f64 * q) as usize).min(all.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "{} ok, {failures} failed in {elapsed:.1} s over {connections} connections: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        all.len() as f64 / elapsed,
        at(0.50),
        at(0.99),
        at(1.0)
    );
}

/// `count` signed `/who`, `interval_ms` apart, each on a new connection; the statuses seen.
async fn steady(addr: &str, seed: &str, count: usize, interval_ms: u64) -> bool {
    let key = keys(seed);
    let body = interaction("who", "hague").to_string();
    let (mut ok, mut failed) = (0, 0);
    let mut statuses = std::collections::BTreeMap::new();
    for _ in 0..count {
        let answered = async {
            let mut stream = TcpStream::connect(addr).await?;
            stream
                .write_all(&request(addr, &key, body.as_bytes()))
                .await?;
            response(&mut stream, &mut Vec::new()).await
        };
        match tokio::time::timeout(Duration::from_secs(5), answered).await {
            Ok(Ok((200, _))) => ok += 1,
            Ok(Ok((status, _))) => {
                failed += 1;
                *statuses.entry(status.to_string()).or_insert(0) += 1;
            }
            _ => {
                failed += 1;
                *statuses.entry("no answer".to_string()).or_insert(0) += 1;
            }
        }
        tokio::time::sleep(Duration::from_millis(interval_ms)).await;
    }
    println!("{ok} ok, {failed} failed {statuses:?}");
    failed == 0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str);
    match (arg(0), arg(1), arg(2)) {
        (Some("key"), Some(seed), _) => println!("{}", hex(keys(seed).verifying_key().as_bytes())),
        (Some("send"), Some(addr), Some(seed)) => {
            let kind = arg(3).unwrap_or("ping");
            let query = args.get(4..).map(|q| q.join(" ")).unwrap_or_default();
            if let Err(e) = send(addr, seed, kind, &query).await {
                eprintln!("loadgen: {addr}: {e}");
                std::process::exit(1);
            }
        }
        (Some("steady"), Some(addr), Some(seed)) => {
            let count = arg(3)
                .and_then(|c| c.parse().ok())
                .unwrap_or(100)
                .min(100_000);
            let interval = arg(4).and_then(|i| i.parse().ok()).unwrap_or(10);
            if !steady(addr, seed, count, interval).await {
                std::process::exit(1);
            }
        }
        (Some("load"), Some(addr), Some(seed)) => {
            let connections = arg(3).and_then(|c| c.parse().ok()).unwrap_or(64);
            // At most a minute: a load run always stops by itself.
            let seconds = arg(4).and_then(|s| s.parse().ok()).unwrap_or(10).min(60);
            load(addr, seed, connections, seconds).await;
        }
        _ => {
            eprintln!(
                "usage: loadgen key SEED | send ADDR SEED (who|when|quote|reload|ping) [QUERY] | load ADDR SEED [CONNECTIONS] [SECONDS] | steady ADDR SEED COUNT INTERVAL_MS"
            );
            std::process::exit(2);
        }
    }
}
