// A small static server for the demo: serves the repository at http://localhost:8000/ (PORT to change it)
// with `/` leading to the demo page. Nothing outside the repository is reachable.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const port = Number(process.env.PORT ?? 8000);
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

function fileFor(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(join(decoded, 'index.html'));
    return path;
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { location: '/demo/' });
    return response.end();
  }
  let path = null;
  try {
    path = fileFor(request.url ?? '/');
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

server.listen(port, () => {
  console.log(`Maillage demo: http://localhost:${port}/`);
});
