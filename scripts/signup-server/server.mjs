// The reference sign-up receiver: what an association runs to receive the sign-ups of its missions
// (`signup.endpoint` in the feed). Plain Node (http module), SQLite through better-sqlite3, payloads checked
// against packages/volunteers/schema/signup-1.schema.json.
//
//   node scripts/signup-server/server.mjs
//   env: PORT (8787), HOST (127.0.0.1), SIGNUP_DB (scripts/signup-server/data/signups.sqlite),
//        SIGNUP_ORIGINS (space- or comma-separated, default http://localhost:8000), SIGNUP_EXPORT_TOKEN
//
//   POST /api/signups        a sign-up (JSON); 202 {"ok":true} when stored
//   GET  /api/signups.csv    every sign-up as CSV, with `Authorization: Bearer <SIGNUP_EXPORT_TOKEN>`
//   GET  /api/health         200 {"ok":true}
import { timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toCsv } from './csv.mjs';
import { openStore } from './store.mjs';
import { validateSignup } from './validate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DB = resolve(HERE, 'data', 'signups.sqlite');
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Starts the receiver; resolves once it listens with `{ url, port, server, store, close() }`.
 *
 * @param {object} options
 * @param {number} [options.port] 0 picks a free port.
 * @param {string} [options.host]
 * @param {string} options.dbPath The SQLite file (its folder is created), or ':memory:'.
 * @param {readonly string[]} [options.allowedOrigins] Pages allowed to post from a browser (`https://mairie.fr`).
 * @param {string} [options.exportToken] Without one, the CSV export is off.
 * @param {number} [options.maxBodyBytes]
 * @param {number} [options.ratePerMinute] Sign-up attempts per client address and minute.
 * @param {() => number} [options.now] The clock (ms), for tests.
 */
export async function startSignupServer({
  port = 8787,
  host = '127.0.0.1',
  dbPath,
  allowedOrigins = [],
  exportToken = '',
  maxBodyBytes = 16384,
  ratePerMinute = 5,
  now = Date.now,
} = {}) {
  if (!dbPath) throw new Error('startSignupServer: dbPath is required');
  if (dbPath !== ':memory:') mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const store = openStore(dbPath);
  const origins = new Set(allowedOrigins.map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean));
  const limiter = rateLimiter(ratePerMinute, now);

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[signup-server]', error);
      if (!response.headersSent) send(response, 500, { ok: false, error: 'internal' });
      else response.destroy();
    });
  });

  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://receiver.invalid');
    const origin = request.headers.origin;
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('cache-control', 'no-store');
    response.setHeader('vary', 'Origin');

    if (url.pathname === '/api/signups') {
      // Browsers always say where a cross-origin request comes from; tools without an Origin (curl, another
      // server) are not browsers and get no CORS headers, but the same checks.
      if (origin !== undefined && !origins.has(origin)) return send(response, 403, { ok: false, error: 'origin' });
      if (origin !== undefined) response.setHeader('access-control-allow-origin', origin);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '600',
        });
        return response.end();
      }
      if (request.method !== 'POST') return send(response, 405, { ok: false, error: 'method' }, { allow: 'POST, OPTIONS' });
      return receive(request, response, origin);
    }
    if (url.pathname === '/api/signups.csv' && request.method === 'GET') return exportCsv(request, response);
    if (url.pathname === '/api/health' && request.method === 'GET') return send(response, 200, { ok: true });
    return send(response, 404, { ok: false, error: 'not-found' });
  }

  async function receive(request, response, origin) {
    const address = request.socket.remoteAddress ?? 'unknown';
    if (!limiter.allow(address)) {
      return send(response, 429, { ok: false, error: 'rate' }, { 'retry-after': String(limiter.retryAfter(address)) }, true);
    }
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return send(response, 415, { ok: false, error: 'content-type' }, {}, true);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) return send(response, 413, { ok: false, error: 'too-large' }, {}, true);
    const body = await readBody(request, maxBodyBytes);
    if (body === null) return send(response, 413, { ok: false, error: 'too-large' }, {}, true);
    let payload;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return send(response, 400, { ok: false, error: 'json' });
    }
    // A robot filled the field people never see: it is told all went well, and nothing is kept.
    if (payload && typeof payload === 'object' && typeof payload.website === 'string' && payload.website.trim() !== '') {
      return send(response, 202, { ok: true });
    }
    const errors = validateSignup(payload);
    if (errors) return send(response, 422, { ok: false, error: 'invalid', details: errors });
    store.insert(payload, { receivedAt: new Date(now()).toISOString(), origin: origin ?? '' });
    return send(response, 202, { ok: true });
  }

  function exportCsv(request, response) {
    if (!exportToken) return send(response, 404, { ok: false, error: 'export-off' });
    const header = String(request.headers.authorization ?? '');
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !sameSecret(match[1].trim(), exportToken)) {
      return send(response, 401, { ok: false, error: 'token' }, { 'www-authenticate': 'Bearer realm="signups"' });
    }
    const csv = toCsv(store.columns, store.all());
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="signups.csv"',
    });
    // The byte order mark makes spreadsheet programs read the accents right.
    response.end(`\ufeff${csv}`);
  }

  await new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListening();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    store,
    port: actualPort,
    url: `http://${urlHost}:${actualPort}`,
    close: () =>
      new Promise((resolveClosed) => {
        server.close(() => {
          store.close();
          resolveClosed();
        });
        server.closeAllConnections?.();
      }),
  };
}

/** Reads at most `limit` bytes; null (and the rest ignored) when the body is longer. */
function readBody(request, limit) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(over ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Answers with JSON. `closeAfter` ends the connection: after a refusal the client may still be sending a
 * body that nobody will read.
 */
function send(response, status, body, headers = {}, closeAfter = false) {
  response.writeHead(status, { 'content-type': JSON_TYPE, ...headers, ...(closeAfter && { connection: 'close' }) });
  response.end(JSON.stringify(body));
}

function sameSecret(given, expected) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** At most `perMinute` attempts per address in any sliding minute. */
function rateLimiter(perMinute, now) {
  const hits = new Map();
  const WINDOW = 60_000;
  const recent = (address) => {
    const since = now() - WINDOW;
    const list = (hits.get(address) ?? []).filter((t) => t > since);
    hits.set(address, list);
    return list;
  };
  return {
    allow(address) {
      // Forget quiet addresses now and then, so the table cannot grow without bound.
      if (hits.size > 10_000) for (const key of hits.keys()) if (recent(key).length === 0) hits.delete(key);
      const list = recent(address);
      if (list.length >= perMinute) return false;
      list.push(now());
      return true;
    },
    retryAfter(address) {
      const list = recent(address);
      return list.length ? Math.max(1, Math.ceil((list[0] + WINDOW - now()) / 1000)) : 1;
    },
  };
}

function listFrom(value, fallback) {
  return (value ?? fallback).split(/[\s,]+/).filter(Boolean);
}

// Run directly: the receiver with its settings from the environment.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const env = process.env;
  const exportToken = env.SIGNUP_EXPORT_TOKEN ?? '';
  const running = await startSignupServer({
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
    dbPath: env.SIGNUP_DB ? resolve(env.SIGNUP_DB) : DEFAULT_DB,
    allowedOrigins: listFrom(env.SIGNUP_ORIGINS, 'http://localhost:8000'),
    exportToken,
  });
  console.log(`Sign-up receiver at ${running.url}/api/signups`);
  if (!exportToken) console.log('CSV export off: set SIGNUP_EXPORT_TOKEN to read the sign-ups at /api/signups.csv');
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
