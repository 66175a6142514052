//! The chores of a running bot that belong to no transport: shutting down on SIGINT/SIGTERM,
//! reloading the facts on SIGHUP or when the knowledge directory changes. The CLI wires them
//! up around whichever transport it starts, so every transport gets reload and shutdown alike.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tracing::{debug, error, info, warn};

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

/// Why a reload the watcher started happened, as its log line says.
const WATCHED: &str = "files changed";

/// Reloads on a background thread and logs the outcome, the way `/reload` reports it.
async fn reload_and_log(service: Arc<Service>, why: &'static str, trigger: &'static str) {
    match tokio::task::spawn_blocking(move || service.reload_facts()).await {
        // A save that changed nothing (the same content written again) is not news.
        Ok(Ok(report)) if report.is_unchanged() && why == WATCHED => {
            crate::metrics::get().reloaded(trigger, true);
            debug!("reloaded the facts ({why}): nothing changed")
        }
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

/// Watches the knowledge directory for changes that can change the facts, and reloads.
///
/// The directory may be replaced as a whole: deleted and made again, or (as atomic deploys
/// do) a symbolic link swapped to a new directory. Its parent is watched too, and the watch
/// follows the directory to wherever its path leads now; when the path leads nowhere, a WARN
/// says the watch is lost until it is back. Editor swap and backup files, `touch` (metadata
/// only) and new empty folders cannot change the facts and do not reload.
fn spawn_watcher(service: Arc<Service>, dir: PathBuf) {
    use notify::{RecursiveMode, Watcher};
    let (tx, mut rx) = mpsc::unbounded_channel();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let place = parent.join(dir.file_name().unwrap_or_default());
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && can_change_facts(&event, &place)
        {
            let _ = tx.send(event.paths);
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            warn!("cannot watch {}: {e}", dir.display());
            return;
        }
    };
    if let Err(e) = watcher.watch(&parent, RecursiveMode::NonRecursive) {
        warn!(
            "cannot watch {} for the knowledge directory being replaced: {e}",
            parent.display()
        );
    }
    let mut target = arm(&mut watcher, &dir, None);
    if target.is_some() {
        info!("watching {} for changes", dir.display());
    }
    tokio::spawn(async move {
        let mut watcher = watcher; // dropped, and so stopped, with the task
        while rx.recv().await.is_some() {
            // Debounce: wait until the directory has been quiet for a moment.
            loop {
                match tokio::time::timeout(WATCH_DEBOUNCE, rx.recv()).await {
                    Ok(Some(_)) => continue,
                    Ok(None) => return,
                    Err(_) => break,
                }
            }
            // The directory may have been replaced: follow it.
            let now = Watched::of(&dir);
            if now != target {
                target = arm(&mut watcher, &dir, target.take());
                if target.is_none() {
                    continue;
                }
                info!("watching {} again", dir.display());
            }
            reload_and_log(Arc::clone(&service), WATCHED, "watch").await;
        }
    });
}

/// Which directory a watched path leads to: its resolved path and its inode, so that a
/// directory deleted and made again under the same name is told apart.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Watched {
    real: PathBuf,
    #[cfg(unix)]
    inode: (u64, u64),
}

impl Watched {
    fn of(dir: &std::path::Path) -> Option<Watched> {
        let real = std::fs::canonicalize(dir).ok()?;
        let meta = std::fs::metadata(&real).ok()?;
        if !meta.is_dir() {
            return None;
        }
        #[cfg(unix)]
        let inode = {
            use std::os::unix::fs::MetadataExt;
            (meta.dev(), meta.ino())
        };
        Some(Watched {
            real,
            #[cfg(unix)]
            inode,
        })
    }
}

/// Watches what `dir` leads to now (instead of `old`); `None`, with a WARN, if nothing.
fn arm(
    watcher: &mut impl notify::Watcher,
    dir: &std::path::Path,
    old: Option<Watched>,
) -> Option<Watched> {
    if let Some(old) = old {
        let _ = watcher.unwatch(&old.real);
    }
    let Some(now) = Watched::of(dir) else {
        warn!(
            "the knowledge directory {} is gone: changes are not seen until it is back (the live facts stay)",
            dir.display()
        );
        return None;
    };
    match watcher.watch(&now.real, notify::RecursiveMode::Recursive) {
        Ok(()) => Some(now),
        Err(e) => {
            warn!(
                "cannot watch {}: {e}; changes are not seen (the live facts stay)",
                dir.display()
            );
            None
        }
    }
}

/// Whether a file-system event can change the facts: not a read, not a change of metadata
/// alone (`touch`), not a new empty folder, not only editor swap or backup files, and of the
/// knowledge directory's parent only what happens to `place`, the directory's own entry in it
/// (replaced, removed, made again).
fn can_change_facts(event: &notify::Event, place: &std::path::Path) -> bool {
    use notify::EventKind;
    use notify::event::{CreateKind, ModifyKind};
    if matches!(
        event.kind,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_))
    ) {
        return false;
    }
    let folder = matches!(event.kind, EventKind::Create(CreateKind::Folder));
    // No path: the watcher lost track (a rescan), so anything may have changed.
    event.paths.is_empty()
        || event.paths.iter().any(|p| {
            if p.parent() == place.parent() {
                p == place
            } else {
                !folder && !is_editor_scratch(p)
            }
        })
}

/// Files editors write beside the one being edited: vim's `.name.swp` and `4913`, emacs's
/// `.#name` and `#name#`, backups ending in `~`, and temporary files.
fn is_editor_scratch(path: &std::path::Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name == "4913"
        || name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swx", ".swo", ".tmp"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, DataChange, EventKind, MetadataKind, ModifyKind};

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    fn can_change_facts(event: &notify::Event) -> bool {
        super::can_change_facts(event, std::path::Path::new("/srv/k"))
    }

    #[test]
    fn only_what_can_change_the_facts_reloads() {
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Content));
        assert!(can_change_facts(&event(write, "k/events.json")));
        assert!(can_change_facts(&event(
            EventKind::Create(CreateKind::File),
            "k/sources/new.txt"
        )));
        assert!(!can_change_facts(&event(write, "k/.events.json.swp")));
        assert!(!can_change_facts(&event(write, "k/events.json~")));
        assert!(!can_change_facts(&event(write, "k/4913")));
        assert!(!can_change_facts(&event(write, "k/.#events.json")));
        assert!(!can_change_facts(&event(
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime)),
            "k/events.json"
        )));
        assert!(!can_change_facts(&event(
            EventKind::Access(AccessKind::Any),
            "k/events.json"
        )));
        assert!(!can_change_facts(&event(
            EventKind::Create(CreateKind::Folder),
            "k/sources/empty"
        )));
        // In the parent: the knowledge directory made again or swapped, nothing else.
        assert!(can_change_facts(&event(
            EventKind::Create(CreateKind::Folder),
            "/srv/k"
        )));
        assert!(can_change_facts(&event(
            EventKind::Modify(ModifyKind::Name(notify::event::RenameMode::Any)),
            "/srv/k"
        )));
        assert!(!can_change_facts(&event(write, "/srv/bot.log")));
    }
}
