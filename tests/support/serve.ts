/**
 * A static file server for the built site, for browser tests: `node tests/support/serve.ts dist 4329`.
 * Serves `index.html` for directories, 404.html for anything missing, with the right content types.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
};

/** Text types a host compresses. */
const TEXT = /^text\/|^application\/(json|xml|manifest\+json)|^image\/svg/;

/**
 * Serve `root` on `port` (0: any free port; read it from the server's address). With `gzip`, text
 * goes out gzipped to clients that accept it, as static hosts send it (bench/lighthouse.ts).
 *
 * @example serve('dist', 4329) // http://localhost:4329/ serves dist/index.html
 */
export function serve(root: string, port: number, { gzip = false } = {}) {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    if (!existsSync(target)) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const compress = gzip && TEXT.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(found ? 200 : 404, {
      'content-type': type,
      ...(compress && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
    });
    const stream = createReadStream(target);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  }).listen(port);
}

if (import.meta.main) {
  const [root = 'dist', port = '4329'] = process.argv.slice(2);
  serve(root, Number(port));
}
