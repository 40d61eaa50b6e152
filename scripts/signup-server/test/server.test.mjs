import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvCell, toCsv } from '../csv.mjs';
import { ORIGIN, TOKEN, postJson, send, startForTest, validPayload } from './helpers.mjs';

describe('sign-up receiver', () => {
  let server;
  // One client address (loopback) for every request: a generous rate, except in the flooding test.
  before(async () => (server = await startForTest({ ratePerMinute: 1000 })));
  after(async () => server.stop());

  const health = async () => (await send(server.url, { method: 'GET', path: '/api/health' })).status;

  it('stores a valid sign-up and answers 202 with CORS for the allowed origin', async () => {
    const before = server.store.count();
    const answer = await postJson(server.url, validPayload({ phone: '05 53 00 00 00' }));
    assert.equal(answer.status, 202);
    assert.deepEqual(JSON.parse(answer.text), { ok: true });
    assert.equal(answer.headers['access-control-allow-origin'], ORIGIN);
    assert.equal(server.store.count(), before + 1);
    const row = server.store.all().at(-1);
    assert.equal(row.mission_id, 'buvette');
    assert.equal(row.name, 'Camille Martin');
    assert.equal(row.phone, '05 53 00 00 00');
    assert.equal(row.consent, 1);
    assert.equal(row.origin, ORIGIN);
  });

  it('accepts a sign-up with a phone alone, and one from a tool without Origin (no CORS header then)', async () => {
    const before = server.store.count();
    const { email: _email, ...withoutEmail } = validPayload({ phone: '+33 5 53 00 00 00' });
    assert.equal((await postJson(server.url, withoutEmail)).status, 202);
    const noOrigin = await send(server.url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(validPayload()) });
    assert.equal(noOrigin.status, 202);
    assert.equal(noOrigin.headers['access-control-allow-origin'], undefined);
    assert.equal(server.store.count(), before + 2);
  });

  it('answers the preflight of an allowed origin, and refuses others with 403', async () => {
    const ok = await send(server.url, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers['access-control-allow-origin'], ORIGIN);
    assert.match(ok.headers['access-control-allow-methods'], /POST/);
    assert.match(ok.headers['access-control-allow-headers'], /content-type/i);
    const other = await send(server.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    assert.equal(other.status, 403);
    assert.equal(other.headers['access-control-allow-origin'], undefined);
  });

  it('refuses a cross-origin sign-up with 403 and stores nothing', async () => {
    const before = server.store.count();
    for (const origin of ['https://evil.example', 'null', 'http://localhost:8000.evil.example']) {
      const answer = await postJson(server.url, validPayload(), { origin });
      assert.equal(answer.status, 403, origin);
      assert.equal(answer.headers['access-control-allow-origin'], undefined);
    }
    assert.equal(server.store.count(), before);
    assert.equal(await health(), 200);
  });

  it('refuses malformed JSON (400), another content type (415) and schema-invalid payloads (422), storing nothing', async () => {
    const before = server.store.count();
    assert.equal((await postJson(server.url, '{"version": 1, "name": ')).status, 400);
    assert.equal((await postJson(server.url, '')).status, 400);
    assert.equal((await send(server.url, { headers: { 'content-type': 'text/plain', origin: ORIGIN }, body: JSON.stringify(validPayload()) })).status, 415);
    const invalid = [
      validPayload({ version: 2 }),
      validPayload({ consent: false }),
      validPayload({ name: '' }),
      validPayload({ email: 'not an email' }),
      validPayload({ email: undefined }),
      validPayload({ phone: '=1+2' }),
      validPayload({ feedUrl: 'javascript:alert(1)' }),
      validPayload({ sentAt: 'yesterday' }),
      validPayload({ extra: 'field' }),
      validPayload({ message: 'x'.repeat(4001) }),
      [validPayload()],
      'a string',
      null,
    ];
    for (const payload of invalid) {
      const answer = await postJson(server.url, JSON.stringify(payload));
      assert.equal(answer.status, 422, JSON.stringify(payload)?.slice(0, 80));
      assert.equal(JSON.parse(answer.text).error, 'invalid');
    }
    assert.equal(server.store.count(), before);
    assert.equal(await health(), 200);
  });

  it('refuses an oversized body with 413, whether its length is declared or not, and stays up', async () => {
    const before = server.store.count();
    const big = JSON.stringify(validPayload({ message: 'x'.repeat(20_000) }));
    assert.equal((await postJson(server.url, big)).status, 413);
    // Chunked: no Content-Length to trust, the server counts.
    const chunked = await send(server.url, {
      headers: { 'content-type': 'application/json', origin: ORIGIN, 'transfer-encoding': 'chunked' },
      body: big,
    });
    assert.ok(chunked.status === 413 || chunked.status === 0, `status ${chunked.status}`);
    assert.equal(server.store.count(), before);
    assert.equal(await health(), 200);
  });

  it('answers a honeypot hit as a success and stores nothing', async () => {
    const before = server.store.count();
    const answer = await postJson(server.url, validPayload({ website: 'http://spam.example' }));
    assert.equal(answer.status, 202);
    assert.deepEqual(JSON.parse(answer.text), { ok: true });
    // Even an otherwise invalid payload: a robot learns nothing.
    assert.equal((await postJson(server.url, { website: 'x', name: 42 })).status, 202);
    assert.equal(server.store.count(), before);
  });

  it('stores hostile text as text (bound parameters)', async () => {
    const name = "Robert'); DROP TABLE signups;--";
    assert.equal((await postJson(server.url, validPayload({ name, message: '<script>alert(1)</script>' }))).status, 202);
    const row = server.store.all().at(-1);
    assert.equal(row.name, name);
    assert.equal(row.message, '<script>alert(1)</script>');
  });

  it('exports CSV only with the token, quoted and protected from formulas', async () => {
    await postJson(server.url, validPayload({ name: '=HYPERLINK("http://evil.example","x")', message: 'ligne 1\n"citée", +33 @moi -1', availability: '@SUM(1+1)' }));
    const noToken = await send(server.url, { method: 'GET', path: '/api/signups.csv' });
    assert.equal(noToken.status, 401);
    assert.match(noToken.headers['www-authenticate'], /Bearer/);
    const wrong = await send(server.url, { method: 'GET', path: '/api/signups.csv', headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
    const answer = await send(server.url, { method: 'GET', path: '/api/signups.csv', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(answer.status, 200);
    assert.match(answer.headers['content-type'], /^text\/csv/);
    const text = answer.text.replace(/^\ufeff/, '');
    assert.ok(text.startsWith('"id","received_at","mission_id"'));
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`));
    assert.ok(text.includes('"ligne 1\n""citée"", +33 @moi -1"'));
    assert.ok(text.includes(`"'@SUM(1+1)"`));
    assert.ok(!/(^|,)"[=+\-@]/m.test(text), 'no cell starts with a formula character');
  });
});

describe('sign-up receiver, flooding', () => {
  it('answers 429 after the allowed number of attempts per minute, stores no more, and lets the address in again a minute later', async () => {
    let clock = Date.UTC(2027, 2, 1, 12);
    const server = await startForTest({ ratePerMinute: 3, now: () => clock });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await postJson(server.url, validPayload({ name: `Personne ${i}` }))).status);
      assert.deepEqual(statuses, [202, 202, 202, 429, 429, 429]);
      assert.equal(server.store.count(), 3);
      const limited = await postJson(server.url, validPayload());
      assert.ok(Number(limited.headers['retry-after']) >= 1);
      assert.equal((await send(server.url, { method: 'GET', path: '/api/health' })).status, 200);
      clock += 61_000;
      assert.equal((await postJson(server.url, validPayload())).status, 202);
      assert.equal(server.store.count(), 4);
    } finally {
      await server.stop();
    }
  });

  it('counts malformed attempts too', async () => {
    const server = await startForTest({ ratePerMinute: 2 });
    try {
      assert.equal((await postJson(server.url, '{')).status, 400);
      assert.equal((await postJson(server.url, '{')).status, 400);
      assert.equal((await postJson(server.url, validPayload())).status, 429);
      assert.equal(server.store.count(), 0);
    } finally {
      await server.stop();
    }
  });
});

describe('sign-up receiver, settings', () => {
  it('turns the CSV export off without a token, and answers 404 elsewhere and 405 for other methods', async () => {
    const server = await startForTest({ exportToken: '' });
    try {
      assert.equal((await send(server.url, { method: 'GET', path: '/api/signups.csv', headers: { authorization: 'Bearer ' } })).status, 404);
      assert.equal((await send(server.url, { method: 'GET', path: '/nothing' })).status, 404);
      assert.equal((await send(server.url, { method: 'GET', headers: { origin: ORIGIN } })).status, 405);
    } finally {
      await server.stop();
    }
  });
});

describe('csv', () => {
  it('quotes every cell, doubles quotes, ends lines with CRLF and defuses formulas', () => {
    assert.equal(csvCell('a"b'), '"a""b"');
    assert.equal(csvCell('=1+1'), `"'=1+1"`);
    assert.equal(csvCell('+33'), `"'+33"`);
    assert.equal(csvCell('-2'), `"'-2"`);
    assert.equal(csvCell('@x'), `"'@x"`);
    assert.equal(csvCell('\tx'), `"'\tx"`);
    assert.equal(csvCell(null), '""');
    assert.equal(csvCell(3), '"3"');
    assert.equal(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }]), '"a","b"\r\n"1","x,y"\r\n');
  });
});
