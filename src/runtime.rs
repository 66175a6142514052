//! The chores of a running bot that belong to no transport: shutting down on SIGINT/SIGTERM,
//! reloading the facts on SIGHUP or when the knowledge directory changes. The CLI wires them
//! up around whichever transport it starts, so every transport gets reload and shutdown alike.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tracing::{error, info, warn};

use casebot_core::service::Service;

/// How long the knowledge directory must be quiet before a change is reloaded.
pub const WATCH_DEBOUNCE: Duration = Duration::from_millis(500);

/// Starts the reload chores: on SIGHUP always, on file changes when `watch` is set. Must be
/// called inside the tokio runtime.
pub fn spawn_reloaders(service: &Arc<Service>, watch: bool) {
    spawn_reload_on_hangup(Arc::clone(service));
    if watch {
        spawn_watcher(Arc::clone(service), service.live.dir().to_path_buf());
    }
}

/// Reloads on a background thread and logs the outcome, the way `/reload` reports it.
async fn reload_and_log(service: Arc<Service>, why: &'static str) {
    match tokio::task::spawn_blocking(move || service.reload_facts()).await {
        Ok(Ok(report)) => info!("reloaded the facts ({why}): {}", report.summary()),
        Ok(Err(failure)) => {
            warn!("reload ({why}) refused, the live facts are unchanged: {failure}")
        }
        Err(e) => error!("the reload task failed: {e}"),
    }
}

#[cfg(unix)]
fn spawn_reload_on_hangup(service: Arc<Service>) {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::hangup()) {
        Ok(mut hangups) => {
            tokio::spawn(async move {
                while hangups.recv().await.is_some() {
                    reload_and_log(Arc::clone(&service), "SIGHUP").await;
                }
            });
        }
        Err(e) => warn!("cannot listen for SIGHUP, reload with /reload instead: {e}"),
    }
}

#[cfg(not(unix))]
fn spawn_reload_on_hangup(_service: Arc<Service>) {}

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
            reload_and_log(Arc::clone(&service), "files changed").await;
        }
    });
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
