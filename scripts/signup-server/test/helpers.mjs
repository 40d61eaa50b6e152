import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSignupServer } from '../server.mjs';

export const ORIGIN = 'http://localhost:8000';
export const TOKEN = 'test-token-0123456789';

/** A receiver on a free loopback port with a database in a temporary folder; `stop()` removes both. */
export async function startForTest(options = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'maillage-signups-'));
  const running = await startSignupServer({
    port: 0,
    dbPath: join(folder, 'signups.sqlite'),
    allowedOrigins: [ORIGIN],
    exportToken: TOKEN,
    ...options,
  });
  return {
    ...running,
    async stop() {
      await running.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function validPayload(overrides = {}) {
  return {
    version: 1,
    missionId: 'buvette',
    missionTitle: 'Tenir la buvette',
    organizationId: 'club',
    feedUrl: 'https://test-sur-lisle.example/flux.json',
    name: 'Camille Martin',
    email: 'camille@example.org',
    message: 'Disponible avec mon frère.',
    availability: 'le samedi',
    consent: true,
    sentAt: new Date().toISOString(),
    lang: 'fr',
    ...overrides,
  };
}

/**
 * One HTTP request with full control of the headers (Origin, a lying Content-Length...). Resolves with the
 * status, headers and body text; a connection the server cut counts as `status: 0`.
 */
export function send(url, { method = 'POST', path = '/api/signups', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const target = new URL(path, url);
    const request = httpRequest(target, { method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', (error) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: 0, headers: {}, text: '' }) : reject(error)));
    if (body !== undefined) request.write(body);
    request.end();
  });
}

export function postJson(url, payload, headers = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return send(url, { headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers }, body });
}
