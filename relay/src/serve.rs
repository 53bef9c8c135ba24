//! Accepting connections, each bounded in number and in time: a client
//! whose headers or body never finish, or that opens connections by the
//! thousand, cannot hold the relay.

use crate::limits::Connections;
use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How long connections and requests may take.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    /// For a request's headers to arrive, including the wait for the next
    /// request on a kept-alive connection.
    pub headers: Duration,
    /// For a whole request, from its headers to the end of its answer.
    pub request: Duration,
    /// For a connection, whatever it does.
    pub connection: Duration,
}

/// Serves `app` on `listener` until the listener fails.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    connections: std::sync::Arc<Connections>,
    deadlines: Deadlines,
) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors, or a connection reset before it was
            // accepted: wait a moment rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        // One too many: closed at once, before a byte is read.
        let Some(open) = connections.admit(peer.ip()) else { continue };
        let app = app.clone();
        tokio::spawn(async move {
            let _open = open;
            let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                answer(app.clone(), peer, request, deadlines.request)
            });
            let mut builder = auto::Builder::new(TokioExecutor::new());
            builder.http1().timer(TokioTimer::new()).header_read_timeout(deadlines.headers);
            builder.http2().timer(TokioTimer::new()).keep_alive_interval(deadlines.headers);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(deadlines.connection, connection).await;
        });
    }
}

async fn answer(
    app: Router,
    peer: SocketAddr,
    mut request: Request<Incoming>,
    deadline: Duration,
) -> Result<Response, std::convert::Infallible> {
    request.extensions_mut().insert(ConnectInfo(peer));
    match tokio::time::timeout(deadline, app.oneshot(request.map(axum::body::Body::new))).await {
        Ok(answered) => answered,
        Err(_) => Ok(StatusCode::REQUEST_TIMEOUT.into_response()),
    }
}
