//! `GET /metrics`: the Prometheus text exposition on the address of
//! `[metrics] listen` (loopback unless the config allows otherwise), from
//! its own thread and runtime so a scrape never touches the screen's.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use super::{Monitor, OutboxFigures};
use crate::outbox::Outbox;

#[derive(Clone)]
struct Sources {
    monitor: Arc<Monitor>,
    outbox: Arc<Outbox>,
    kiosk: String,
}

/// The running exporter; stops when dropped.
pub struct Exporter {
    pub address: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Exporter {
    pub fn start(
        address: SocketAddr,
        monitor: Arc<Monitor>,
        outbox: Arc<Outbox>,
        kiosk: &str,
    ) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind(address)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let router = Router::new()
            .route("/metrics", get(metrics))
            .with_state(Sources {
                monitor,
                outbox,
                kiosk: kiosk.to_owned(),
            });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("metrics".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(r) => r,
                    Err(e) => {
                        tracing::error!(error = %e, "the metrics exporter cannot start");
                        return;
                    }
                };
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        tracing::error!("the metrics exporter cannot listen");
                        return;
                    };
                    let served = axum::serve(listener, router)
                        .with_graceful_shutdown(async {
                            let _ = stopped.await;
                        })
                        .await;
                    if let Err(e) = served {
                        tracing::error!(error = %e, "the metrics exporter stopped");
                    }
                });
            })?;
        Ok(Self {
            address,
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for Exporter {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn metrics(State(sources): State<Sources>) -> impl IntoResponse {
    let built = tokio::task::spawn_blocking(move || {
        let now = jiff::Timestamp::now();
        let counts = sources.outbox.counts(now).ok().unwrap_or_default();
        let figures = OutboxFigures {
            by_state: counts.by_state.clone(),
            oldest_pending_seconds: counts.oldest_pending.map_or(0, |d| d.as_secs()),
        };
        sources.monitor.exposition(&sources.kiosk, &figures)
    })
    .await;
    match built {
        Ok(Ok(text)) => (
            StatusCode::OK,
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        ),
        _ => (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "the statistics cannot be read\n".to_owned(),
        ),
    }
}
