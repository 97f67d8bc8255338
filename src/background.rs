//! Work that runs beside the screen on its own thread and tokio runtime,
//! so the UI's runtime never waits on it: the delivery worker, the agency
//! simulator, the metrics exporter. Stopped (and joined) when dropped.

use std::future::Future;

use tokio::sync::oneshot;

/// A future on its own thread and runtime.
pub struct Background {
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    /// Runs `task` on a thread named `name`, with a runtime of `workers`
    /// threads (1: the thread itself). The task is given the receiver that
    /// fires when this is dropped; it should end then.
    pub fn spawn<F, Fut>(name: &str, workers: usize, task: F) -> std::io::Result<Self>
    where
        F: FnOnce(oneshot::Receiver<()>) -> Fut + Send + 'static,
        Fut: Future<Output = ()>,
    {
        let (stop, stopped) = oneshot::channel::<()>();
        let label = name.to_owned();
        let thread = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                let runtime = if workers > 1 {
                    tokio::runtime::Builder::new_multi_thread()
                        .worker_threads(workers)
                        .enable_all()
                        .build()
                } else {
                    tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                };
                match runtime {
                    Ok(runtime) => runtime.block_on(task(stopped)),
                    Err(e) => tracing::error!(error = %e, task = %label, "cannot start"),
                }
            })?;
        Ok(Self {
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Serves an axum router on a bound listener until dropped.
    pub fn serve(
        name: &str,
        workers: usize,
        listener: std::net::TcpListener,
        router: axum::Router,
    ) -> std::io::Result<Self> {
        listener.set_nonblocking(true)?;
        let label = name.to_owned();
        Self::spawn(name, workers, move |stopped| async move {
            let listener = match tokio::net::TcpListener::from_std(listener) {
                Ok(l) => l,
                Err(e) => {
                    tracing::error!(error = %e, server = %label, "cannot listen");
                    return;
                }
            };
            let served = axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(e) = served {
                tracing::error!(error = %e, server = %label, "stopped");
            }
        })
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
