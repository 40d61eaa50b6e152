// A misbehaving feed server for the fault tests, served by the test runner under /__faults/<kind>:
// every way a feed host fails in real life, and a count of the requests each key received.
const counts = new Map();
const FEED = JSON.stringify({
  maillage: '1',
  title: 'Flux de test',
  events: [{ id: 'e1', title: 'Atelier du samedi', start: '2027-03-13T10:00' }],
});

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function faultsMiddleware() {
  return async (ctx, next) => {
    const match = /^\/__faults\/([a-z0-9-]+)/.exec(ctx.path);
    if (!match) return next();
    const kind = match[1];
    const key = ctx.query.key ?? '';
    if (kind === 'count') {
      ctx.body = JSON.stringify({ count: counts.get(key) ?? 0 });
      ctx.type = 'application/json';
      return;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const seen = counts.get(key);
    ctx.set('Cache-Control', 'no-store');
    switch (kind) {
      case 'good':
        ctx.type = 'application/json';
        ctx.body = FEED;
        return;
      case 'text-plain':
        ctx.type = 'text/plain';
        ctx.body = FEED;
        return;
      case 'flaky':
        // Good once, then failing: the second visit must show the stale copy.
        if (seen === 1) {
          ctx.type = 'application/json';
          ctx.body = FEED;
        } else {
          ctx.status = 503;
          ctx.body = 'Service Unavailable';
        }
        return;
      case '404':
      case '500':
        ctx.status = Number(kind);
        ctx.type = 'text/html';
        ctx.body = `<html><body><h1>${kind}</h1></body></html>`;
        return;
      case '429':
        ctx.status = 429;
        ctx.set('Retry-After', '3600');
        ctx.body = 'Too Many Requests';
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><body><p>Maintenance</p></body></html>';
        return;
      case 'truncated':
        ctx.type = 'application/json';
        ctx.body = FEED.slice(0, FEED.length / 2);
        return;
      case 'timeout':
        // Never answers in time (the loader gives up first), then closes.
        await wait(15_000);
        ctx.status = 504;
        ctx.body = '';
        return;
      case 'drip': {
        // A body that trickles: one byte every 100 ms.
        ctx.type = 'application/json';
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from(
          (async function* () {
            for (const char of FEED) {
              await wait(100);
              yield char;
            }
          })(),
        );
        return;
      }
      case 'huge': {
        // 50 MB of valid-looking JSON, streamed without holding it in memory.
        ctx.type = 'application/json';
        const { Readable } = await import('node:stream');
        const chunk = `{"id":"x","title":"${'a'.repeat(1000)}","start":"2027-03-13"},`;
        ctx.body = Readable.from(
          (function* () {
            yield '{"maillage":"1","title":"Énorme","events":[';
            for (let sent = 0; sent < 50 * 1024 * 1024; sent += chunk.length) yield chunk;
            yield '{"id":"last","title":"Fin","start":"2027-03-13"}]}';
          })(),
        );
        return;
      }
      case 'no-cors':
        // Answers, but without Access-Control-Allow-Origin: a page elsewhere cannot read it.
        ctx.type = 'application/json';
        ctx.body = FEED;
        ctx.remove('Access-Control-Allow-Origin');
        return;
      default:
        ctx.status = 400;
        ctx.body = 'unknown fault';
    }
  };
}
