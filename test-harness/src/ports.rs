//! Loopback ports: a free one to hand a program, and waiting until a
//! program listens on one.

use std::time::Duration;

/// A loopback port nobody listens on right now (the OS picks it), or the
/// error that binding `127.0.0.1:0` gave.
pub fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Whether something accepts connections on `127.0.0.1:port` within
/// `within`, trying every 50 ms.
pub async fn listening_within(port: u16, within: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_bound_port_is_seen_listening_and_a_free_one_is_not() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let bound = listener.local_addr().unwrap().port();
        assert!(listening_within(bound, Duration::from_millis(100)).await);
        let free = free_port().unwrap();
        assert!(!listening_within(free, Duration::from_millis(100)).await);
    }
}
