// The Cloudflare Worker relay (relay/worker/relay.js) as a local HTTP
// server, the way Cloudflare calls it: one Fetch API Request per request.
//   node worker_relay.mjs <page origin> <extra upstream>
import http from "node:http";
import worker from "../../relay/worker/relay.js";

const [allowedOrigin, upstream] = process.argv.slice(2);
const env = { ALLOWED_ORIGINS: allowedOrigin, EXTRA_UPSTREAMS: upstream };
const hopByHop = new Set(["host", "connection", "keep-alive", "transfer-encoding", "upgrade"]);

const server = http.createServer(async (incoming, outgoing) => {
  const chunks = [];
  for await (const chunk of incoming) chunks.push(chunk);
  const headers = Object.entries(incoming.headers).filter(([name]) => !hopByHop.has(name));
  const hasBody = !["GET", "HEAD"].includes(incoming.method);
  const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
    method: incoming.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
  const answer = await worker.fetch(request, env);
  outgoing.writeHead(answer.status, Object.fromEntries(answer.headers));
  outgoing.end(Buffer.from(await answer.arrayBuffer()));
});
server.listen(0, "127.0.0.1", () => console.error(`listening on http://127.0.0.1:${server.address().port}`));
