// One conformance suite for both relays: the Rust binary (token-relay) over
// loopback, and the Cloudflare Worker (relay/worker/relay.js) called with
// Node's own Request. Both forward to a local upstream that echoes what it
// got. Run: node --test relay/conformance/  (after `cargo build -p token-relay`).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import http2 from "node:http2";
import net from "node:net";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import worker from "../worker/relay.js";

const PAGE = "http://page.test";
const binary = process.env.TOKEN_RELAY_BIN ?? fileURLToPath(new URL("../../target/debug/token-relay", import.meta.url));
let h1Upstream, h2Upstream, closedUpstream, rustRelay, rustBase, servers;

// The echo upstream, on two ports: h2c with prior knowledge for the Rust
// relay (it speaks only HTTP/2 upstream), HTTP/1.1 for Node's fetch.
function echo(request, response) {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const path = request.url;
    const extra = { "set-cookie": "session=upstream", "x-upstream-secret": "s" };
    if (path.startsWith("/redirect/")) {
      response.writeHead(302, { location: "https://evil.example/", ...extra });
      return response.end();
    }
    if (path.startsWith("/big/")) {
      response.writeHead(200, { "content-type": "application/json" });
      return response.end("x".repeat(2 * 1024 * 1024));
    }
    if (path.startsWith("/nobody/")) {
      response.writeHead(204, extra);
      return response.end();
    }
    if (path.startsWith("/limited/")) {
      response.writeHead(429, { "content-type": "application/json", "retry-after": "42", ...extra });
      return response.end('{"error":"rate limited"}');
    }
    const headers = { ...request.headers };
    for (const pseudo of Object.keys(headers).filter((n) => n.startsWith(":"))) delete headers[pseudo];
    response.writeHead(200, { "content-type": "application/json", ...extra });
    response.end(JSON.stringify({ method: request.method, path, headers, body: Buffer.concat(chunks).toString() }));
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
}

before(async () => {
  const h1 = http.createServer(echo);
  const h2 = http2.createServer(echo);
  h1Upstream = `http://127.0.0.1:${await listen(h1)}`;
  h2Upstream = `http://127.0.0.1:${await listen(h2)}`;
  const closed = net.createServer();
  closedUpstream = `http://127.0.0.1:${await listen(closed)}`;
  await new Promise((resolve) => closed.close(resolve));
  servers = [h1, h2];

  rustRelay = spawn(binary, [
    "--listen", "127.0.0.1:0", "--allow-origin", PAGE,
    "--allow-upstream", h2Upstream, "--allow-upstream", closedUpstream,
  ]);
  const firstLine = await new Promise((resolve, reject) => {
    rustRelay.on("error", reject);
    let text = "";
    rustRelay.stderr.on("data", (data) => {
      text += data;
      if (text.includes("\n")) resolve(text.split("\n")[0]);
    });
  });
  rustBase = firstLine.match(/listening on (http:\/\/\S+)/)?.[1];
  assert.ok(rustBase, `token-relay did not start: ${firstLine}`);
});

after(() => {
  rustRelay?.kill();
  for (const server of servers ?? []) server.close();
});

const env = () => ({ ALLOWED_ORIGINS: PAGE, EXTRA_UPSTREAMS: `${h1Upstream} ${closedUpstream}` });
const relays = {
  "token-relay (Rust)": {
    upstream: () => h2Upstream,
    send: (target, init) => fetch(rustBase + target, init),
  },
  "Cloudflare Worker": {
    upstream: () => h1Upstream,
    send: (target, init) => worker.fetch(new Request(`http://relay.test${target}`, init), env()),
  },
};

async function relayError(answer) {
  assert.equal(answer.headers.get("content-type"), "application/json");
  assert.equal(answer.headers.get("cache-control"), "no-store");
  return (await answer.json()).relay_error;
}

for (const [name, { upstream, send }] of Object.entries(relays)) {
  const token = () => `/${upstream()}/echo/oauth2/v3/token`;

  test(`${name}: forwards method, body and only the allowed headers, both ways`, async () => {
    const answer = await send(token(), {
      method: "POST",
      headers: {
        origin: PAGE, "content-type": "application/x-www-form-urlencoded", accept: "application/json",
        authorization: "Bearer t", cookie: "c=1", "x-custom": "1",
      },
      body: "grant_type=authorization_code&code=abc",
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get("access-control-allow-origin"), PAGE);
    assert.equal(answer.headers.get("access-control-expose-headers"), "retry-after");
    assert.equal(answer.headers.get("vary"), "Origin");
    assert.equal(answer.headers.get("cache-control"), "no-store");
    assert.equal(answer.headers.get("set-cookie"), null);
    assert.equal(answer.headers.get("x-upstream-secret"), null);
    const seen = await answer.json();
    assert.equal(seen.method, "POST");
    assert.equal(seen.path, "/echo/oauth2/v3/token");
    assert.equal(seen.body, "grant_type=authorization_code&code=abc");
    assert.equal(seen.headers["content-type"], "application/x-www-form-urlencoded");
    assert.equal(seen.headers.authorization, "Bearer t");
    for (const withheld of ["cookie", "x-custom", "origin", "referer"]) assert.equal(seen.headers[withheld], undefined, withheld);
  });

  test(`${name}: prefix, encoded and query targets reach the same upstream`, async () => {
    const full = `${upstream()}/echo/api/1/products`;
    for (const target of [`/${full}`, `/${full.replace("://", ":/")}`, `/${encodeURIComponent(full)}`, `/?url=${encodeURIComponent(full)}`]) {
      const answer = await send(target, { headers: { origin: PAGE } });
      assert.equal(answer.status, 200, target);
      assert.equal((await answer.json()).path, "/echo/api/1/products", target);
    }
  });

  test(`${name}: preflights from the page are granted, local network access included`, async () => {
    const answer = await send(token(), {
      method: "OPTIONS",
      headers: {
        origin: PAGE, "access-control-request-method": "POST",
        "access-control-request-headers": "content-type", "access-control-request-private-network": "true",
      },
    });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get("access-control-allow-origin"), PAGE);
    assert.equal(answer.headers.get("access-control-allow-methods"), "GET, POST");
    assert.equal(answer.headers.get("access-control-allow-headers"), "content-type, accept, authorization");
    assert.equal(answer.headers.get("access-control-allow-private-network"), "true");
  });

  test(`${name}: other origins, and requests without one, are refused unreadably`, async () => {
    for (const headers of [{ origin: "https://evil.example" }, {}]) {
      const answer = await send(token(), { method: "POST", headers, body: "x" });
      assert.equal(answer.status, 403);
      assert.equal(answer.headers.get("access-control-allow-origin"), null);
      assert.match(await relayError(answer), /origin is not allowed/);
    }
  });

  test(`${name}: only allowlisted hosts, and only the page's calls, are forwarded`, async () => {
    const refusals = [
      ["POST", "/https://evil.example/oauth2/v3/token", 403, /evil\.example is not on this relay's allowlist/],
      ["POST", "/https://auth.tesla.com.evil.example/oauth2/v3/token", 403, /not on this relay's allowlist/],
      ["POST", "/http://auth.tesla.com/oauth2/v3/token", 403, /not on this relay's allowlist/],
      ["GET", "/https://auth.tesla.com/oauth2/v3/token", 403, /GET \/oauth2\/v3\/token is not a call/],
      ["POST", "/https://auth.tesla.com/oauth2/v3/authorize", 403, /is not a call/],
      ["PUT", `/${upstream()}/echo/oauth2/v3/token`, 403, /PUT \/echo\/oauth2\/v3\/token is not a call/],
      ["POST", "/https://owner-api.teslamotors.com/api/1/vehicles/1/command/door_unlock", 403, /is not a call/],
      ["GET", "/https://owner-api.teslamotors.com/api/1/vehicles/abc/vehicle_data", 403, /is not a call/],
      ["POST", `/${upstream()}/a.b/oauth2/v3/token`, 403, /is not a call/],
      ["POST", "/https://u:p@auth.tesla.com/oauth2/v3/token", 400, /user name or password/],
      ["POST", "/ftp://auth.tesla.com/oauth2/v3/token", 400, /does not name an http\(s\) upstream/],
      ["GET", "/?url=", 400, /does not name an http\(s\) upstream/],
      ["GET", "/", 400, /does not name an http\(s\) upstream/],
    ];
    for (const [method, target, status, reason] of refusals) {
      const answer = await send(target, { method, headers: { origin: PAGE }, body: method === "GET" ? undefined : "x" });
      assert.equal(answer.status, status, `${method} ${target}`);
      assert.equal(answer.headers.get("access-control-allow-origin"), PAGE, "the page may read the reason");
      assert.match(await relayError(answer), reason, `${method} ${target}`);
    }
  });

  test(`${name}: redirects are handed back unfollowed, without their Location`, async () => {
    const answer = await send(`/${upstream()}/redirect/oauth2/v3/token`, { method: "POST", headers: { origin: PAGE }, body: "x" });
    assert.equal(answer.status, 302);
    assert.equal(answer.headers.get("location"), null);
    assert.equal(answer.headers.get("set-cookie"), null);
  });

  test(`${name}: Retry-After comes back, exposed to the page`, async () => {
    const answer = await send(`/${upstream()}/limited/api/1/products`, { headers: { origin: PAGE } });
    assert.equal(answer.status, 429);
    assert.equal(answer.headers.get("retry-after"), "42");
    assert.equal(answer.headers.get("access-control-expose-headers"), "retry-after");
  });

  test(`${name}: oversized bodies, oversized answers and dead upstreams become clear errors`, async () => {
    const big = await send(token(), { method: "POST", headers: { origin: PAGE }, body: "x".repeat(64 * 1024 + 1) });
    assert.equal(big.status, 413);
    assert.match(await relayError(big), /larger than 64 KiB/);
    const huge = await send(`/${upstream()}/big/api/1/products`, { headers: { origin: PAGE } });
    assert.equal(huge.status, 502);
    assert.match(await relayError(huge), /larger than 1 MiB/);
    const dead = await send(`/${closedUpstream}/api/1/products`, { headers: { origin: PAGE } });
    assert.equal(dead.status, 502);
    assert.match(await relayError(dead), /could not reach 127\.0\.0\.1/);
  });

  test(`${name}: every answer forbids sniffing and runs sandboxed if opened`, async () => {
    const answers = [
      await send(token(), { method: "POST", headers: { origin: PAGE }, body: "{}" }),
      await send(`/${upstream()}/echo/oauth2/v3/authorize`, { method: "POST", headers: { origin: PAGE } }),
      await send("/health", { headers: { origin: PAGE } }),
    ];
    for (const answer of answers) {
      assert.equal(answer.headers.get("x-content-type-options"), "nosniff");
      assert.equal(answer.headers.get("content-security-policy"), "sandbox");
    }
  });

  test(`${name}: an upstream answer without a body (204) comes back as one`, async () => {
    const answer = await send(`/${upstream()}/nobody/oauth2/v3/token`, { method: "POST", headers: { origin: PAGE }, body: "{}" });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get("access-control-allow-origin"), PAGE);
    assert.equal(await answer.text(), "");
  });

  test(`${name}: a path with an empty segment is refused`, async () => {
    for (const target of [`/${upstream()}//oauth2/v3/token`, `/${upstream()}/echo//oauth2/v3/token`]) {
      const answer = await send(target, { method: "POST", headers: { origin: PAGE }, body: "{}" });
      assert.equal(answer.status, 400, target);
      assert.match(await relayError(answer), /empty segment/);
    }
  });

  test(`${name}: /health answers anyone, and lets only the page read it`, async () => {
    const answer = await send("/health", {});
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get("access-control-allow-origin"), null);
    assert.equal(await answer.text(), "ok\n");
    // The page checks the relay when a login starts: it must be able to read this.
    const page = await send("/health", { headers: { origin: PAGE } });
    assert.equal(page.headers.get("access-control-allow-origin"), PAGE);
    assert.equal(await page.text(), "ok\n");
    const other = await send("/health", { headers: { origin: "https://evil.example" } });
    assert.equal(other.headers.get("access-control-allow-origin"), null);
  });
}
