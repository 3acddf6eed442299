'use strict';
// A tiny static file server for the generated site, on 127.0.0.1 and a free port.
// Folders serve their index.html; unknown paths get 404.html (when the site has one) with
// status 404, as a static host would.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.webmanifest': 'application/manifest+json',
};

function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  let stat;
  try {
    stat = fs.statSync(candidate);
  } catch {
    return null;
  }
  if (stat.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return fs.existsSync(index) ? index : null;
  }
  return stat.isFile() ? candidate : null;
}

// Starts serving `root`; resolves to { baseUrl, close() }.
function startStaticServer(root) {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
    let file = resolveFile(root, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = path.join(root, '404.html');
      file = fs.existsSync(notFound) ? notFound : null;
    }
    const type = file ? CONTENT_TYPES[path.extname(file).toLowerCase()] : undefined;
    res.writeHead(status, {
      'Content-Type': type || (file ? 'application/octet-stream' : 'text/plain; charset=utf-8'),
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    if (!file) return res.end('Not found\n');
    fs.createReadStream(file).on('error', () => res.end()).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        baseUrl: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

module.exports = { startStaticServer, resolveFile, CONTENT_TYPES };
