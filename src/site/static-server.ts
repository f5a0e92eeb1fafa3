import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A small static file server for a built site (`dist/`), for browser tests and benchmarks: it
 * serves files as a static host would (`/x/` → `/x/index.html`; Vite's content-hashed assets
 * cacheable for a year, so a browser that opens many pages compiles their scripts once),
 * uncompressed unless asked, with extra response headers such as a Content-Security-Policy. Node's
 * http module only; not for production.
 */

/** The strict policy embeds must render under (issue 5, STACK.md "Strict CSP"). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /**
   * Stop listening and end every open connection, idle or not: a browser that stays open keeps its
   * keep-alive sockets, which would hold `server.close` until they time out.
   */
  close(): Promise<void>;
}

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Headers added to every response, e.g. `{ 'Content-Security-Policy': STRICT_CSP }`. Default: none. */
  headers?: Readonly<Record<string, string>>;
  /** Port to listen on, on 127.0.0.1. Default: 0 (a free port). */
  port?: number;
  /**
   * Send text files (HTML, JS, CSS, JSON, CSV, SVG, text) gzip-compressed (level 9) to a request that
   * accepts it, as static hosts do, so that a throttled browser transfers what a reader's would.
   * Default: false.
   */
  gzip?: boolean;
}

/**
 * A file Vite names by its content (`assets/chart-block-k6YyLr28.js`): it never changes under its
 * name, so hosts serve it with `Cache-Control: public, max-age=31536000, immutable`.
 */
const HASHED_ASSET = /\/assets\/[^/]+-[\w-]{8}\.(?:js|css|woff2)$/;

/** The types {@link ServeOptions.gzip} compresses: text, not PNG or WebAssembly. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt']);

/** The file under `root` for a URL path, or undefined when the path leaves `root` or is not valid percent-encoding (`/%E0%A4%A`). */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : undefined;
}

/**
 * Serve the directory `root` over HTTP on 127.0.0.1. Answers 404 for a missing file, 403 for a
 * path outside `root` or one that does not decode (the server keeps running), and redirects a directory without its trailing slash, as static hosts do.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { headers = {}, port = 0, gzip = false } = options;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      const file = fileFor(root, pathname);
      if (file === undefined) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) {
          response.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        const raw = await readFile(file);
        const compress =
          gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        const body = compress ? gzipSync(raw, { level: 9 }) : raw;
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': body.length,
          ...(HASHED_ASSET.test(pathname) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
          ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
