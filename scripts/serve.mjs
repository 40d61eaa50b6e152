// A small static server for the demo: serves the repository at http://localhost:8000/ (PORT to change it)
// with `/` leading to the demo page. Nothing outside the repository is reachable.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function fileFor(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? fileFor(root, join(decoded, 'index.html')) : path;
  } catch {
    return null;
  }
}

/** Serves `root` on `port` (0: any free port); resolves with the server once it listens. */
export function startServer({ root = '.', port = 8000, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    // `?delay=ms` (at most 5 s) slows an answer down, for measuring what a page does while a feed loads.
    const delay = Number(/[?&]delay=(\d+)/.exec(request.url ?? '')?.[1] ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
    if (request.url === '/' || request.url === '') {
      response.writeHead(302, { location: '/demo/' });
      return response.end();
    }
    let path = null;
    try {
      path = fileFor(base, request.url ?? '/');
    } catch {
      path = null;
    }
    if (!path) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end('Not found');
    }
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListening(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  try {
    await startServer({ root: process.argv[2] ?? '.', port, host: process.env.HOST ?? 'localhost' });
    console.log(`Maillage demo: http://localhost:${port}/`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is taken: try PORT=8001 npm start` : error.message);
    process.exit(1);
  }
  // The demo's missions post their sign-ups to the reference receiver, run beside the demo.
  try {
    const { startSignupServer, DEFAULT_DB } = await import('./signup-server/server.mjs');
    const signups = await startSignupServer({
      port: Number(process.env.SIGNUP_PORT ?? 8787),
      dbPath: process.env.SIGNUP_DB ?? DEFAULT_DB,
      allowedOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
      exportToken: process.env.SIGNUP_EXPORT_TOKEN ?? '',
    });
    console.log(`Sign-ups received at ${signups.url}/api/signups (stored in ${process.env.SIGNUP_DB ?? DEFAULT_DB})`);
  } catch (error) {
    console.error(`The sign-up receiver could not start (${error.message}): the demo works, its sign-ups offer e-mail instead.`);
  }
}
