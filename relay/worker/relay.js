// token-relay as a Cloudflare Worker: the same allowlist, origin rules and
// refusals as the Rust relay (relay/src), on the standard Fetch API only.
// Settings (Worker variables): ALLOWED_ORIGINS, the page origins that may
// use it (space-separated); EXTRA_UPSTREAMS, for tests only.
// Rate limits: add a Cloudflare rate limiting rule for the Worker's route.

// Tesla's table, as token-core/src/tesla.rs has it (a test in relay/tests
// checks that the two agree).
const TESLA_ORIGINS = [
  "https://auth.tesla.com",
  "https://auth.tesla.cn",
  "https://fleet-auth.prd.vn.cloud.tesla.com",
  "https://owner-api.teslamotors.com",
  "https://owner-api.vn.cloud.tesla.cn",
  "https://fleet-api.prd.na.vn.cloud.tesla.com",
  "https://fleet-api.prd.eu.vn.cloud.tesla.com",
  "https://fleet-api.prd.cn.vn.cloud.tesla.cn",
];

// The calls the page makes; {id} stands for digits, {command} for one of COMMANDS.
const CALLS = [
  ["POST", "/oauth2/v3/token"],
  ["GET", "/api/1/products"],
  ["GET", "/api/1/vehicles/{id}"],
  ["GET", "/api/1/vehicles/{id}/vehicle_data"],
  ["POST", "/api/1/vehicles/{id}/wake_up"],
  ["POST", "/api/1/vehicles/{id}/command/{command}"],
  ["GET", "/api/1/users/region"],
];
const COMMANDS = ["flash_lights", "honk_horn"];

const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "authorization"];
const RETURNED_ANSWER_HEADERS = ["content-type", "retry-after"];
const MAX_REQUEST_BODY = 64 * 1024;
const MAX_ANSWER_BODY = 1024 * 1024;
const UPSTREAM_TIMEOUT_MS = 30_000;

export default {
  async fetch(request, env = {}) {
    const url = new URL(request.url);
    const allowedOrigins = words(env.ALLOWED_ORIGINS);
    const origin = request.headers.get("origin");
    if (url.pathname === "/health" && request.method === "GET") {
      // Readable by the page, which checks the relay when a login starts.
      const allowed = origin && allowedOrigins.includes(origin);
      return new Response("ok\n", { headers: { ...(allowed ? answerHeaders(origin) : {}), ...HARDENING } });
    }
    if (!origin || !allowedOrigins.includes(origin)) {
      // No CORS headers: a page from another origin may not even read why.
      return refusal(403, "this page's origin is not allowed by this relay (ALLOWED_ORIGINS)", {});
    }
    const cors = answerHeaders(origin);
    if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: preflightHeaders(cors, request.headers) });

    let upstream;
    try {
      upstream = upstreamUrl(url.pathname.slice(1) + url.search, url.search);
    } catch (reason) {
      return refusal(400, reason.message, cors);
    }
    const allowlist = TESLA_ORIGINS.concat(words(env.EXTRA_UPSTREAMS));
    const position = allowlist.indexOf(upstream.origin);
    if (position < 0) return refusal(403, `upstream host ${upstream.hostname} is not on this relay's allowlist`, cors);
    if (!isKnownCall(request.method, upstream.pathname, position < TESLA_ORIGINS.length)) {
      return refusal(403, `${request.method} ${upstream.pathname} is not a call this relay forwards`, cors);
    }
    const body = request.method === "POST" ? await readCapped(request.body, MAX_REQUEST_BODY) : null;
    if (body === undefined) return refusal(413, "the request body is larger than 64 KiB", cors);

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      if (request.headers.has(name)) headers.set(name, request.headers.get(name));
    }
    let answer;
    try {
      answer = await fetch(upstream, {
        method: request.method,
        headers,
        body,
        // A redirect could lead off the allowlist; the page gets it as is.
        redirect: "manual",
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      return error.name === "TimeoutError"
        ? refusal(504, `${upstream.hostname} did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} s`, cors)
        : refusal(502, `could not reach ${upstream.hostname}`, cors);
    }
    const answerBody = await readCapped(answer.body, MAX_ANSWER_BODY);
    if (answerBody === undefined) return refusal(502, `${upstream.hostname} sent an answer larger than 1 MiB`, cors);
    // Only the status, the body, its type and Retry-After go back: no
    // cookies, no Location (the page must not be sent elsewhere).
    const returned = new Headers({ ...cors, ...HARDENING });
    for (const name of RETURNED_ANSWER_HEADERS) {
      if (answer.headers.has(name)) returned.set(name, answer.headers.get(name));
    }
    const returnedBody = NULL_BODY_STATUSES.includes(answer.status) ? null : answerBody;
    return new Response(returnedBody, { status: answer.status, headers: returned });
  },
};

function words(text) {
  return (text || "").split(/\s+/).filter(Boolean);
}

// `https://host/path?q` (prefix style), `https%3A%2F%2Fhost%2Fpath` (encoded) or `?url=…`.
function upstreamUrl(target, search) {
  let raw;
  if (target.startsWith("?")) {
    raw = new URLSearchParams(search).get("url");
  } else if (/^https?%3a/i.test(target)) {
    try {
      raw = decodeURIComponent(target);
    } catch {
      raw = null;
    }
  } else {
    // Some clients and proxies merge `//` in paths: accept `https:/host`.
    raw = target.replace(/^(https?:)\/(?!\/)/i, "$1//");
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname) {
    throw new Error("the request does not name an http(s) upstream URL (use /https://host/path or /?url=https%3A%2F%2Fhost%2Fpath)");
  }
  if (url.username || url.password) throw new Error("upstream URLs with a user name or password are refused");
  if (url.pathname.includes("//")) throw new Error("the upstream path has an empty segment (//)");
  return url;
}

// Tesla's hosts take the paths as they are; an extra upstream (a test
// double) may put them below a prefix of its own.
function isKnownCall(method, path, exact) {
  if (!path.startsWith("/")) return false;
  const given = path.slice(1).split("/");
  return CALLS.some(([allowedMethod, pattern]) => {
    const wanted = pattern.slice(1).split("/");
    if (allowedMethod !== method || given.length < wanted.length || (exact && given.length !== wanted.length)) return false;
    const prefix = given.slice(0, given.length - wanted.length);
    if (!prefix.every((segment) => /^[A-Za-z0-9]+$/.test(segment))) return false;
    const tail = given.slice(given.length - wanted.length);
    return wanted.every((want, i) => {
      if (want === "{id}") return /^[0-9]{1,32}$/.test(tail[i]);
      if (want === "{command}") return COMMANDS.includes(tail[i]);
      return want === tail[i];
    });
  });
}

// The whole stream, or undefined once it passes `limit` bytes.
async function readCapped(stream, limit) {
  if (!stream) return new Uint8Array();
  const chunks = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.byteLength;
    if (length > limit) return undefined;
    chunks.push(chunk);
  }
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function answerHeaders(origin) {
  return {
    "access-control-allow-origin": origin,
    "access-control-expose-headers": "retry-after",
    vary: "Origin",
    "cache-control": "no-store",
  };
}

// Chromium asks a public page's permission to reach a relay on the local
// network with a private (local) network preflight: granted to allowed origins.
function preflightHeaders(cors, asked) {
  const headers = {
    ...cors,
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": "content-type, accept, authorization",
    "access-control-max-age": "600",
  };
  if (asked.get("access-control-request-private-network") === "true") headers["access-control-allow-private-network"] = "true";
  if (asked.get("access-control-request-local-network") === "true") headers["access-control-allow-local-network"] = "true";
  return headers;
}

// A refusal the page can read and show: {"relay_error": reason}.
function refusal(status, reason, cors) {
  const headers = { ...cors, ...HARDENING, "cache-control": "no-store", "content-type": "application/json" };
  return new Response(JSON.stringify({ relay_error: reason }), { status, headers });
}

// On every answer: no type sniffing, and a sandbox if a browser opens it.
const HARDENING = { "x-content-type-options": "nosniff", "content-security-policy": "sandbox" };

// Statuses whose answers have no body: the Fetch API refuses to make one with a body.
const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
