//! The real `casebot serve` (the HTTP interactions endpoint) on 127.0.0.1:0, a generated
//! Ed25519 keypair standing in for Discord's, and requests signed with it.

use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signer, SigningKey};
use serde_json::Value;

/// A keypair made for one test, as Discord holds the application's.
pub struct Keys {
    signing: SigningKey,
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Keys {
    pub fn generate() -> Keys {
        let mut seed = [0u8; 32];
        for chunk in seed.chunks_mut(8) {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_nanos(),
            );
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
        Keys {
            signing: SigningKey::from_bytes(&seed),
        }
    }

    pub fn public_hex(&self) -> String {
        hex(self.signing.verifying_key().as_bytes())
    }

    /// The signature header for `timestamp` and `body`.
    pub fn sign(&self, timestamp: &str, body: &[u8]) -> String {
        let mut message = timestamp.as_bytes().to_vec();
        message.extend_from_slice(body);
        hex(&self.signing.sign(&message).to_bytes())
    }
}

pub fn now() -> String {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .to_string()
}

/// What the endpoint answered.
#[derive(Debug)]
pub struct Answered {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Answered {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// The real binary serving HTTP on a loopback port it picked itself.
pub struct Server {
    child: Option<Child>,
    pub addr: String,
    log: PathBuf,
    _logdir: tempfile::TempDir,
    client: reqwest::Client,
}

/// Starts `casebot serve` without waiting for anything; for start-up failures.
pub fn spawn(
    knowledge: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> (Child, PathBuf, tempfile::TempDir) {
    let logdir = tempfile::tempdir().expect("tempdir");
    let log = logdir.path().join("serve.log");
    let out = fs::File::create(&log).expect("log file");
    let err = out.try_clone().expect("clone log");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_casebot"));
    cmd.arg("serve")
        .arg("--knowledge")
        .arg(knowledge)
        .arg("--listen")
        .arg("127.0.0.1:0")
        .args(args)
        .current_dir(logdir.path())
        .env("CASEBOT_MODERATOR_ROLES", "777")
        .env("RUST_LOG", "casebot=debug")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env_remove("DISCORD_TOKEN")
        .env_remove("DISCORD_PUBLIC_KEY")
        .env_remove("DISCORD_API_BASE")
        .env_remove("CASEBOT_LISTEN")
        .env_remove("CASEBOT_WATCH")
        .env_remove("CASEBOT_REPLICA")
        .env_remove("CASEBOT_LOG_FORMAT")
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err);
    for (k, v) in env {
        cmd.env(k, v);
    }
    (cmd.spawn().expect("spawn casebot serve"), log, logdir)
}

fn read(log: &Path) -> String {
    let mut text = String::new();
    if let Ok(mut f) = fs::File::open(log) {
        let _ = f.read_to_string(&mut text);
    }
    text
}

impl Server {
    /// Starts the server with `keys`' public key and waits until it listens (not until its
    /// facts are loaded: see [`Server::wait_ready`]).
    pub fn start(knowledge: &Path, keys: &Keys, args: &[&str], env: &[(&str, &str)]) -> Server {
        let key = keys.public_hex();
        let mut all = vec![("DISCORD_PUBLIC_KEY", key.as_str())];
        all.extend_from_slice(env);
        let (child, log, logdir) = spawn(knowledge, args, &all);
        let mut server = Server {
            child: Some(child),
            addr: String::new(),
            log,
            _logdir: logdir,
            client: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("client"),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let output = server.output();
            if let Some(rest) = output.split("listening on http://").nth(1) {
                server.addr = rest.split_whitespace().next().expect("address").to_string();
                return server;
            }
            if let Some(status) = server
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                panic!("casebot serve exited with {status}:\n{output}");
            }
            assert!(
                Instant::now() < deadline,
                "casebot serve did not listen within 20 s:\n{output}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn output(&self) -> String {
        read(&self.log)
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| c.try_wait().ok().flatten().is_none())
    }

    pub async fn get(&self, path: &str) -> Answered {
        let r = self.client.get(self.url(path)).send().await.expect("GET");
        answered(r).await
    }

    /// `/healthz` until it says ready (panics after `timeout`); its JSON.
    pub async fn wait_ready(&self, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let health = self.get("/healthz").await;
            if health.status == 200 {
                return health.json();
            }
            assert!(
                Instant::now() < deadline,
                "not ready within {timeout:?}: {} {}\n{}",
                health.status,
                String::from_utf8_lossy(&health.body),
                self.output()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// POSTs `body` to /interactions with exactly these headers.
    pub async fn post_raw(&self, headers: &[(&str, &str)], body: Vec<u8>) -> Answered {
        let mut request = self
            .client
            .post(self.url("/interactions"))
            .header("content-type", "application/json");
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        answered(request.body(body).send().await.expect("POST")).await
    }

    /// POSTs `body`, signed by `keys` now.
    pub async fn post_signed(&self, keys: &Keys, body: &[u8]) -> Answered {
        let timestamp = now();
        let signature = keys.sign(&timestamp, body);
        self.post_raw(
            &[
                ("x-signature-ed25519", &signature),
                ("x-signature-timestamp", &timestamp),
            ],
            body.to_vec(),
        )
        .await
    }

    /// A signed interaction that must be answered with 200 and JSON; the JSON.
    pub async fn interact(&self, keys: &Keys, interaction: &Value) -> Value {
        let answered = self
            .post_signed(keys, interaction.to_string().as_bytes())
            .await;
        assert_eq!(
            answered.status,
            200,
            "{interaction}: {}\n{}",
            String::from_utf8_lossy(&answered.body),
            self.output()
        );
        assert_eq!(answered.content_type, "application/json");
        answered.json()
    }

    pub fn signal(&self, signal: &str) {
        super::signal(self.pid(), signal);
    }

    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        wait_exit(self.child.as_mut().expect("running"), timeout, &self.log)
    }
}

/// Waits for `child` to exit; its exit code.
pub fn wait_exit(child: &mut Child, timeout: Duration, log: &Path) -> Option<i32> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("did not exit within {timeout:?}:\n{}", read(log));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

async fn answered(r: reqwest::Response) -> Answered {
    let status = r.status().as_u16();
    let content_type = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = r.bytes().await.expect("body").to_vec();
    Answered {
        status,
        content_type,
        body,
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
