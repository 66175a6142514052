//! Three `casebot serve` replicas behind the system's nginx, on loopback, as
//! scripts/replicas.sh shows them: signed interactions through nginx, one replica killed in the
//! middle with no request failing, and a changed fact that every replica converges on. Skipped
//! (saying so) where nginx is not installed: nothing here installs it.

use std::fs;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::fake_discord as fake;
use crate::util::server::{Keys, Server};
use crate::util::{edit, free_port, valid_copy};

fn nginx() -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .chain([PathBuf::from("/usr/sbin")])
        .map(|dir| dir.join("nginx"))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CASEBOT_REQUIRE_NGINX").is_none(),
            "CASEBOT_REQUIRE_NGINX is set but nginx is not installed"
        );
    }
    found
}

/// nginx in the foreground, killed when dropped.
struct Nginx(Child);

impl Drop for Nginx {
    /// SIGTERM, so that the master stops its workers too (SIGKILL would orphan them).
    fn drop(&mut self) {
        crate::util::signal(self.0.id(), "TERM");
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.0.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_nginx(binary: &PathBuf, dir: &std::path::Path, port: u16, upstreams: &[&str]) -> Nginx {
    let servers: String = upstreams
        .iter()
        .map(|a| format!("    server {a} max_fails=1 fail_timeout=2s;\n"))
        .collect();
    let d = dir.display();
    let conf = format!(
        "daemon off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
           fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n\
           upstream casebot {{\n{servers}    keepalive 16;\n  }}\n\
           server {{\n    listen 127.0.0.1:{port};\n    location / {{\n      proxy_pass http://casebot;\n\
               proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n\
               proxy_next_upstream error timeout http_502 http_503 non_idempotent;\n\
               proxy_connect_timeout 1s;\n    }}\n  }}\n}}\n"
    );
    let path = dir.join("nginx.conf");
    fs::write(&path, conf).expect("nginx.conf");
    let child = Command::new(binary)
        .arg("-p")
        .arg(dir)
        .arg("-c")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start nginx");
    Nginx(child)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_behind_nginx_survive_a_kill_and_converge_on_a_change() {
    let Some(binary) = nginx() else {
        eprintln!("nginx is not installed: skipped");
        return;
    };
    let keys = Keys::generate();
    let knowledge = valid_copy();
    let mut replicas: Vec<Server> = (1..=3)
        .map(|i| {
            Server::start(
                knowledge.path(),
                &keys,
                &["--watch"],
                &[("CASEBOT_REPLICA", &format!("r{i}"))],
            )
        })
        .collect();
    for r in &replicas {
        r.wait_ready(Duration::from_secs(20)).await;
    }
    let nginx_dir = tempfile::tempdir().expect("tempdir");
    let mut perms = fs::metadata(nginx_dir.path()).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o777);
    fs::set_permissions(nginx_dir.path(), perms).expect("chmod");
    let port = free_port();
    let addrs: Vec<&str> = replicas.iter().map(|r| r.addr.as_str()).collect();
    let _nginx = start_nginx(&binary, nginx_dir.path(), port, &addrs);
    let proxy = format!("127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client");
    let deadline = Instant::now() + Duration::from_secs(10);
    while client
        .get(format!("http://{proxy}/healthz"))
        .send()
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(Instant::now() < deadline, "nginx did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..6 {
        let body = client
            .get(format!("http://{proxy}/healthz"))
            .send()
            .await
            .expect("healthz")
            .bytes()
            .await
            .expect("body");
        let health: Value = serde_json::from_slice(&body).expect("json");
        seen.insert(health["replica"].as_str().expect("replica").to_string());
    }
    assert_eq!(seen.len(), 3, "round robin over the three: {seen:?}");

    // Signed /who through nginx; the second replica dies (SIGKILL) part-way.
    let through = |body: String| {
        let timestamp = crate::util::server::now();
        let signature = keys.sign(&timestamp, body.as_bytes());
        client
            .post(format!("http://{proxy}/interactions"))
            .header("content-type", "application/json")
            .header("x-signature-ed25519", signature)
            .header("x-signature-timestamp", timestamp)
            .body(body)
            .send()
    };
    let mut failed = Vec::new();
    for i in 0..60 {
        if i == 20 {
            replicas[1].signal("KILL");
        }
        let who = fake::slash("who", Some(("name", "novak")), fake::member(0, &[]));
        match through(who.to_string()).await {
            Ok(r) if r.status() == 200 => {}
            Ok(r) => failed.push(format!("{i}: {}", r.status())),
            Err(e) => failed.push(format!("{i}: {e}")),
        }
    }
    assert!(
        failed.is_empty(),
        "requests failed through nginx: {failed:?}"
    );
    // SIGKILL is delivered at once, but a loaded machine may take a moment to end the process.
    let deadline = Instant::now() + Duration::from_secs(10);
    while replicas[1].alive() {
        assert!(
            Instant::now() < deadline,
            "the killed replica is still alive"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // A changed fact: the two live replicas reload themselves, a restarted third loads it.
    let before = replicas[0].get("/healthz").await.json()["hash"].clone();
    let people = knowledge.path().join("people.json");
    edit(
        &people,
        "\"name\": \"Tomáš Novák\"",
        "\"name\": \"Tomáš Novák Jr\"",
    );
    replicas[1] = Server::start(
        knowledge.path(),
        &keys,
        &["--watch"],
        &[("CASEBOT_REPLICA", "r2")],
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mut hashes = Vec::new();
        for r in &replicas {
            let health = r.get("/healthz").await;
            hashes.push(if health.status == 200 {
                health.json()["hash"].clone()
            } else {
                Value::Null
            });
        }
        if hashes
            .iter()
            .all(|h| *h == hashes[0] && *h != before && !h.is_null())
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the replicas did not converge: {hashes:?} (before {before})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
