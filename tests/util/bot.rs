//! The real `casebot` binary running as a bot against a fake Discord.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::fake_discord;

/// A syntactically valid bot token that must never appear in the bot's output.
pub const TOKEN: &str = "MTAwMDAwMDAwMDAwMDAwMDAw.GcAsEb.sEcReT-tOkEn_ThAt_MuSt_NeVeR_bE_pRiNtEd";

/// The real `casebot` binary running as a bot against a fake Discord.
pub struct Bot {
    child: Option<Child>,
    log: PathBuf,
    _logdir: tempfile::TempDir,
}

impl Bot {
    pub fn start(
        api_base: &str,
        knowledge: &Path,
        extra_args: &[&str],
        extra_env: &[(&str, &str)],
    ) -> Bot {
        let logdir = tempfile::tempdir().expect("tempdir");
        let log = logdir.path().join("bot.log");
        let out = fs::File::create(&log).expect("log file");
        let err = out.try_clone().expect("clone log");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_casebot"));
        cmd.arg("run")
            .arg("--knowledge")
            .arg(knowledge)
            .args(extra_args)
            .current_dir(logdir.path())
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_API_BASE", api_base)
            .env("DISCORD_GUILD_ID", fake_discord::GUILD_ID)
            .env("CASEBOT_MODERATOR_ROLES", "777")
            .env("RUST_LOG", "trace")
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env_remove("HTTP_PROXY")
            .env_remove("HTTPS_PROXY")
            .env_remove("http_proxy")
            .env_remove("https_proxy")
            .env_remove("ALL_PROXY")
            .env_remove("CASEBOT_WATCH")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("spawn casebot");
        Bot {
            child: Some(child),
            log,
            _logdir: logdir,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    /// Waits until the bot catches signal number `signal` (Linux: its bit in `SigCgt` of
    /// `/proc/PID/status`), so that a test's signal lands once start-up listens for it, not
    /// before the process reached its first line (panics after `timeout`).
    pub fn wait_catching(&self, signal: u32, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let status = format!("/proc/{}/status", self.pid());
        loop {
            let caught = fs::read_to_string(&status).ok().and_then(|text| {
                let mask = text.lines().find_map(|l| l.strip_prefix("SigCgt:"))?;
                u64::from_str_radix(mask.trim(), 16).ok()
            });
            if caught.is_some_and(|mask| mask & (1 << (signal - 1)) != 0) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the bot never caught signal {signal}; output: {}",
                self.output()
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Everything the bot printed so far (stdout and stderr).
    pub fn output(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = fs::File::open(&self.log) {
            let _ = f.read_to_string(&mut text);
        }
        text
    }

    pub fn signal(&self, signal: &str) {
        super::signal(self.pid(), signal);
    }

    /// Waits for the process to exit; its exit code.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        let deadline = Instant::now() + timeout;
        let child = self.child.as_mut().expect("running");
        loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                self.child = None;
                return status.code();
            }
            if Instant::now() > deadline {
                panic!(
                    "the bot did not exit within {timeout:?}; output:\n{}",
                    self.output()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
