//! Work that runs beside the screen on its own thread and tokio runtime,
//! so the UI's runtime never waits on it: the delivery worker, the agency
//! simulator, the metrics exporter. Stopped (and joined) when dropped.
//! Servers run within `Limits`.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::sync::{Semaphore, oneshot};

/// Threads for blocking work per background runtime.
const BLOCKING_THREADS: usize = 8;

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
                let mut builder = if workers > 1 {
                    let mut builder = tokio::runtime::Builder::new_multi_thread();
                    builder.worker_threads(workers);
                    builder
                } else {
                    tokio::runtime::Builder::new_current_thread()
                };
                // Blocking work (SQLite, a PDF) is bounded too: tokio's
                // default pool grows to 512 threads.
                let runtime = builder
                    .max_blocking_threads(BLOCKING_THREADS)
                    .enable_all()
                    .build();
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

    /// Serves an axum router on a bound listener until dropped, within
    /// `limits` (an accept loop of our own: `axum::serve` has no limits).
    pub fn serve(
        name: &str,
        workers: usize,
        listener: std::net::TcpListener,
        router: axum::Router,
        limits: Limits,
    ) -> std::io::Result<Self> {
        listener.set_nonblocking(true)?;
        let label = name.to_owned();
        Self::spawn(name, workers, move |stopped| async move {
            match tokio::net::TcpListener::from_std(listener) {
                Ok(listener) => accept(listener, router, limits, stopped, &label).await,
                Err(e) => tracing::error!(error = %e, server = %label, "cannot listen"),
            }
        })
    }
}

/// What one HTTP server of the kiosk allows, so that a flood of requests
/// or of connections that never speak cannot take the process's threads,
/// memory or file descriptors (the unit's `LimitNOFILE` is the ceiling).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Connections open at once. Past it, the oldest connection that is
    /// not being answered is closed to make room.
    pub connections: usize,
    /// Requests answered at once; one more is answered 503 at once.
    pub in_flight: usize,
    /// Time for a request's head to arrive once the connection is open.
    pub header_read: Duration,
    /// Time to produce an answer's head; past it, 503.
    pub answer: Duration,
}

impl Limits {
    /// `/metrics`: one Prometheus (or two) scraping every 15–60 s.
    pub const METRICS: Limits = Limits {
        connections: 128,
        in_flight: 16,
        header_read: Duration::from_secs(5),
        answer: Duration::from_secs(10),
    };
    /// The agency simulator: one kiosk's worker and screens, or a test.
    pub const SIMULATOR: Limits = Limits {
        connections: 256,
        in_flight: 64,
        header_read: Duration::from_secs(10),
        answer: Duration::from_secs(120),
    };
}

/// An open connection, as the accept loop sees it.
struct Open {
    /// A request is being answered on it.
    answering: Arc<AtomicBool>,
    task: tokio::task::AbortHandle,
}

async fn accept(
    listener: tokio::net::TcpListener,
    router: axum::Router,
    limits: Limits,
    mut stopped: oneshot::Receiver<()>,
    label: &str,
) {
    let in_flight = Arc::new(Semaphore::new(limits.in_flight));
    let mut open: VecDeque<Open> = VecDeque::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(limits.header_read);
    loop {
        let accepted = tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of descriptors, say: wait instead of spinning on it.
                tracing::warn!(error = %e, server = %label, "cannot accept");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        open.retain(|c| !c.task.is_finished());
        if open.len() >= limits.connections {
            let idle = open
                .iter()
                .position(|c| !c.answering.load(Ordering::Relaxed))
                .unwrap_or(0);
            if let Some(closed) = open.remove(idle) {
                closed.task.abort();
            }
        }
        let answering = Arc::new(AtomicBool::new(false));
        let service = {
            let answering = Arc::clone(&answering);
            let in_flight = Arc::clone(&in_flight);
            let router = router.clone();
            hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let answering = Arc::clone(&answering);
                let in_flight = Arc::clone(&in_flight);
                let mut router = router.clone();
                async move {
                    let Ok(_permit) = in_flight.try_acquire_owned() else {
                        return Ok::<_, Infallible>(refusal("busy"));
                    };
                    answering.store(true, Ordering::Relaxed);
                    let call = tower_service::Service::call(
                        &mut router,
                        request.map(axum::body::Body::new),
                    );
                    let answer = tokio::time::timeout(limits.answer, call).await;
                    answering.store(false, Ordering::Relaxed);
                    Ok(match answer {
                        Ok(Ok(response)) => response,
                        Ok(Err(never)) => match never {},
                        Err(_) => refusal("too slow"),
                    })
                }
            })
        };
        let connection = http.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let task = tokio::spawn(async move {
            // A client that goes away or never speaks is not our error.
            let _ = connection.await;
        });
        open.push_back(Open {
            answering,
            task: task.abort_handle(),
        });
    }
    for c in open {
        c.task.abort();
    }
}

/// 503 with a short reason, and a hint to come back.
fn refusal(reason: &'static str) -> axum::response::Response {
    axum::response::Response::builder()
        .status(axum::http::StatusCode::SERVICE_UNAVAILABLE)
        .header(axum::http::header::RETRY_AFTER, "1")
        .header(
            axum::http::header::CONTENT_TYPE,
            "text/plain; charset=utf-8",
        )
        .body(axum::body::Body::from(format!("{reason}\n")))
        .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A server with small limits: `/slow` takes two seconds.
    fn server(limits: Limits) -> (Background, std::net::SocketAddr) {
        let router = axum::Router::new()
            .route("/", axum::routing::get(|| async { "ok" }))
            .route(
                "/slow",
                axum::routing::get(|| async {
                    tokio::time::sleep(Duration::from_secs(2)).await;
                    "late"
                }),
            );
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let server = Background::serve("test", 1, listener, router, limits).unwrap();
        (server, address)
    }

    fn get(address: std::net::SocketAddr, path: &str) -> String {
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }

    const SMALL: Limits = Limits {
        connections: 8,
        in_flight: 1,
        header_read: Duration::from_millis(500),
        answer: Duration::from_millis(800),
    };

    #[test]
    fn connections_that_never_speak_do_not_lock_others_out() {
        let (_server, address) = server(SMALL);
        let silent: Vec<_> = (0..50)
            .map(|_| std::net::TcpStream::connect(address).unwrap())
            .collect();
        // Past the cap, the oldest silent connection makes room.
        assert!(get(address, "/").ends_with("ok"));
        // A silent connection is closed at the header-read timeout.
        let mut last = silent.into_iter().last().unwrap();
        last.set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let started = std::time::Instant::now();
        let mut rest = Vec::new();
        assert!(
            last.read_to_end(&mut rest).is_ok(),
            "closed by the server, not left open"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn a_slow_answer_and_a_busy_server_answer_503() {
        let (_server, address) = server(SMALL);
        let slow = std::thread::spawn(move || get(address, "/slow"));
        std::thread::sleep(Duration::from_millis(200));
        let busy = get(address, "/");
        assert!(busy.starts_with("HTTP/1.1 503"), "{busy}");
        assert!(busy.ends_with("busy\n"), "{busy}");
        let slow = slow.join().unwrap();
        assert!(slow.starts_with("HTTP/1.1 503"), "{slow}");
        assert!(slow.ends_with("too slow\n"), "{slow}");
        // And the server is free again.
        assert!(get(address, "/").ends_with("ok"));
    }
}
