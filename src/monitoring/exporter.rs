//! `GET /metrics`: the Prometheus text exposition on the address of
//! `[metrics] listen` (loopback unless the config allows otherwise), from
//! its own thread and runtime (`Background`) so a scrape never touches the
//! screen's.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use super::gauges::{Cached, Sampler};
use super::{Monitor, OutboxFigures};
use crate::background::{Background, Limits};
use crate::outbox::Outbox;

#[derive(Clone)]
struct Sources {
    monitor: Arc<Monitor>,
    outbox: Arc<Outbox>,
    kiosk: String,
    health: Arc<Cached>,
}

/// The running exporter; stops when dropped.
pub struct Exporter {
    pub address: SocketAddr,
    _server: Background,
}

impl Exporter {
    /// Serves the counters of `monitor`, the figures of `outbox` and the
    /// health gauges `health` reads (at most every `gauges::FRESH`).
    pub fn start(
        address: SocketAddr,
        monitor: Arc<Monitor>,
        outbox: Arc<Outbox>,
        kiosk: &str,
        health: Sampler,
    ) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        let router = Router::new()
            .route("/metrics", get(metrics))
            .with_state(Sources {
                monitor,
                outbox,
                kiosk: kiosk.to_owned(),
                health: Arc::new(Cached::new(health)),
            });
        Ok(Self {
            address,
            _server: Background::serve("metrics", 1, listener, router, Limits::METRICS)?,
        })
    }
}

async fn metrics(State(sources): State<Sources>) -> impl IntoResponse {
    let built = tokio::task::spawn_blocking(move || {
        let now = jiff::Timestamp::now();
        let counts = sources.outbox.counts(now).ok().unwrap_or_default();
        let figures = OutboxFigures {
            by_state: counts
                .by_state
                .iter()
                .map(|(state, n)| (state.as_str().to_owned(), *n))
                .collect(),
            oldest_pending_seconds: counts.oldest_pending.map_or(0, |d| d.as_secs()),
        };
        let health = sources.health.get();
        sources
            .monitor
            .exposition(&sources.kiosk, &figures)
            .map(|text| text + &health.exposition())
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
