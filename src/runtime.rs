//! The chores of a running bot that belong to no transport: shutting down on SIGINT/SIGTERM,
//! reloading the facts on SIGHUP or when the knowledge directory changes. The CLI wires them
//! up around whichever transport it starts, so every transport gets reload and shutdown alike.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tracing::{error, info, warn};

use casebot_core::service::Service;

/// How long the knowledge directory must be quiet before a change is reloaded.
pub const WATCH_DEBOUNCE: Duration = Duration::from_millis(500);

/// The process's signals, listened to from the first moment of start-up: a SIGHUP (a
/// `systemctl reload`, a log rotator) while the facts load or Discord is slow is kept for the
/// reloader instead of killing the bot, and a SIGTERM then is a clean shutdown, not a death by
/// signal. Must be created inside the tokio runtime.
pub struct Signals {
    #[cfg(unix)]
    hangups: Option<tokio::signal::unix::Signal>,
    shutdown: watch::Receiver<bool>,
}

impl Signals {
    pub fn install() -> Signals {
        let (requested, shutdown) = watch::channel(false);
        #[cfg(unix)]
        let (hangups, terminate) = {
            use tokio::signal::unix::{SignalKind, signal};
            let hangups = signal(SignalKind::hangup())
                .map_err(|e| warn!("cannot listen for SIGHUP, reload with /reload instead: {e}"))
                .ok();
            (hangups, signal(SignalKind::terminate()).ok())
        };
        tokio::spawn(async move {
            #[cfg(unix)]
            {
                let term = async {
                    match terminate {
                        Some(mut term) => {
                            term.recv().await;
                        }
                        None => std::future::pending().await,
                    }
                };
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    () = term => {}
                }
            }
            #[cfg(not(unix))]
            {
                let _ = tokio::signal::ctrl_c().await;
            }
            let _ = requested.send(true);
        });
        Signals {
            #[cfg(unix)]
            hangups,
            shutdown,
        }
    }

    /// Completes once SIGINT (Ctrl-C) or SIGTERM has arrived, also if it arrived before.
    pub fn shutdown(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut shutdown = self.shutdown.clone();
        async move {
            // An error means the listener is gone: no shutdown will ever be requested.
            if shutdown.wait_for(|&requested| requested).await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    }

    /// Starts the reload chores: on SIGHUP (also one that arrived during start-up), and on
    /// file changes when `watch` is set.
    pub fn spawn_reloaders(&mut self, service: &Arc<Service>, watch: bool) {
        #[cfg(unix)]
        if let Some(hangups) = self.hangups.take() {
            spawn_reload_on_hangup(Arc::clone(service), hangups);
        }
        if watch {
            spawn_watcher(Arc::clone(service), service.live.dir().to_path_buf());
        }
    }
}

/// Reloads on a background thread and logs the outcome, the way `/reload` reports it.
async fn reload_and_log(service: Arc<Service>, why: &'static str, trigger: &'static str) {
    match tokio::task::spawn_blocking(move || service.reload_facts()).await {
        Ok(Ok(report)) => {
            crate::metrics::get().reloaded(trigger, true);
            info!("reloaded the facts ({why}): {}", report.summary())
        }
        Ok(Err(failure)) => {
            crate::metrics::get().reloaded(trigger, false);
            warn!("reload ({why}) refused, the live facts are unchanged: {failure}")
        }
        Err(e) => error!("the reload task failed: {e}"),
    }
}

#[cfg(unix)]
fn spawn_reload_on_hangup(service: Arc<Service>, mut hangups: tokio::signal::unix::Signal) {
    tokio::spawn(async move {
        while hangups.recv().await.is_some() {
            reload_and_log(Arc::clone(&service), "SIGHUP", "signal").await;
        }
    });
}

fn spawn_watcher(service: Arc<Service>, dir: PathBuf) {
    use notify::{RecursiveMode, Watcher};
    let (tx, mut rx) = mpsc::unbounded_channel();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !event.kind.is_access()
        {
            let _ = tx.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            warn!("cannot watch {}: {e}", dir.display());
            return;
        }
    };
    if let Err(e) = watcher.watch(&dir, RecursiveMode::Recursive) {
        warn!("cannot watch {}: {e}", dir.display());
        return;
    }
    info!("watching {} for changes", dir.display());
    tokio::spawn(async move {
        let _watcher = watcher; // dropped, and so stopped, with the task
        while rx.recv().await.is_some() {
            // Debounce: wait until the directory has been quiet for a moment.
            loop {
                match tokio::time::timeout(WATCH_DEBOUNCE, rx.recv()).await {
                    Ok(Some(())) => continue,
                    Ok(None) => return,
                    Err(_) => break,
                }
            }
            reload_and_log(Arc::clone(&service), "files changed", "watch").await;
        }
    });
}
