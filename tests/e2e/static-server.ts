import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.webmanifest': 'application/manifest+json',
};

/** How {@link serveFolder} serves; every option is off unless asked for. */
export interface ServeOptions {
  /**
   * Serves a file's precompressed copy (`<file>.br`, else `<file>.gz`, as the build writes them)
   * with its `content-encoding` when the request accepts that encoding, as a host with
   * precompressed serving would. Off, every file goes out uncompressed.
   */
  readonly precompressed?: boolean;
}

/** The precompressed copies {@link serveFolder} may send, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The encoded copy of a file to send for a request's `accept-encoding`, if one exists. */
function encodedCopy(
  file: string,
  accepted: string | undefined,
): { path: string; encoding: string } | undefined {
  const names = (accepted ?? '').split(',').map((part) => part.split(';')[0]?.trim());
  const found = ENCODINGS.find(
    (encoding) => names.includes(encoding.name) && existsSync(file + encoding.suffix),
  );
  return found === undefined ? undefined : { path: file + found.suffix, encoding: found.name };
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 at a free port; nothing else, no caching surprises
 * (`no-store`). Uncompressed unless {@link ServeOptions.precompressed} is set.
 */
export async function serveFolder(
  folder: string,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const encoded =
      options.precompressed === true
        ? encodedCopy(file, request.headers['accept-encoding'])
        : undefined;
    if (encoded !== undefined) {
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': encoded.encoding,
        vary: 'accept-encoding',
        'cache-control': 'no-store',
      });
      createReadStream(encoded.path).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('static server has no port');
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
