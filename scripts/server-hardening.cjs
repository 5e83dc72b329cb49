/**
 * Loaded with `node --require` before Next's server (`npm start` through scripts/start.mjs, and the
 * standalone server.js in the image), so that every HTTP server it creates:
 *
 * - drops slow clients: headers within 10 s, a whole request within 30 s, an idle keep-alive
 *   connection after 5 s (Node's defaults are 60 s, 300 s and 5 s, checked every 30 s; issue 13,
 *   item 10). HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS and KEEP_ALIVE_TIMEOUT_MS override them; Next's own
 *   keep-alive setting (`next start --keepAliveTimeout`, KEEP_ALIVE_TIMEOUT for server.js) still wins.
 * - answers a method Next cannot handle (TRACE, CONNECT, PROPFIND, ...) with 405 instead of letting it
 *   throw into a 500 with a stack trace in the log (item 6): Next builds a WHATWG Request for every
 *   request, and the Fetch standard forbids TRACE, CONNECT and TRACK.
 *
 * Plain CommonJS without dependencies: it runs before anything is compiled.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, run before anything is compiled
const http = require("node:http");

const positive = (name, fallback) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

const TIMEOUTS = {
  headersTimeout: positive("HEADERS_TIMEOUT_MS", 10_000),
  requestTimeout: positive("REQUEST_TIMEOUT_MS", 30_000),
  keepAliveTimeout: positive("KEEP_ALIVE_TIMEOUT_MS", 5_000),
  // How often Node checks the two timeouts above; at its default of 30 s a slow client could hold
  // a connection for 40 s past a 10 s limit.
  connectionsCheckingInterval: 1_000,
};

/** The methods Next's router and route handlers accept; anything else gets 405 here. */
const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

/** The headers next.config.ts would have added, since this answer never reaches Next. */
const REFUSAL_HEADERS = {
  Allow: METHODS.join(", "),
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  Connection: "close",
};

function refuse(req, res) {
  const body = JSON.stringify({ error: `method not allowed: use ${METHODS.join(", ")}` });
  res.writeHead(405, { ...REFUSAL_HEADERS, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
  req.resume();
}

function guard(listener) {
  return function guardedListener(req, res) {
    if (!METHODS.includes(req.method ?? "")) return refuse(req, res);
    return listener.call(this, req, res);
  };
}

function applyTimeouts(server) {
  server.headersTimeout = TIMEOUTS.headersTimeout;
  server.requestTimeout = TIMEOUTS.requestTimeout;
  server.keepAliveTimeout = TIMEOUTS.keepAliveTimeout;
  return server;
}

const createServer = http.createServer;
http.createServer = function hardenedCreateServer(options, listener) {
  const [opts, fn] = typeof options === "function" ? [{}, options] : [options ?? {}, listener];
  const server = createServer.call(this, { ...TIMEOUTS, ...opts }, fn ? guard(fn) : undefined);
  return applyTimeouts(server);
};

// Tests and scripts/start.mjs read what is applied (never by timing it).
module.exports = { TIMEOUTS, METHODS, applyTimeouts };
if (process.env.FLAGLESS_LOG_TIMEOUTS === "1") {
  const line = `flagless server: headersTimeout ${TIMEOUTS.headersTimeout} ms, requestTimeout ${TIMEOUTS.requestTimeout} ms, keepAliveTimeout ${TIMEOUTS.keepAliveTimeout} ms`;
  process.stderr.write(`${line}\n`);
}
