/**
 * A tiny static file server for the built app (dist/), on 127.0.0.1 and a free port. The e2e
 * tests run against the real build, as a user would get it, not against the dev server.
 * LOCDIFF_DIST names another build folder (parallel builds must not share dist/).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.md': 'text/markdown; charset=utf-8'
};

export interface StaticServer {
	readonly url: string;
	close(): Promise<void>;
}

export async function serveStatic(
	rootDir = process.env.LOCDIFF_DIST ?? 'dist'
): Promise<StaticServer> {
	const root = resolve(rootDir);
	await stat(join(root, 'index.html')).catch(() => {
		throw new Error(`${root}/index.html is missing: run "vite build" before the e2e tests`);
	});
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		readFile(file).then(
			(body) => {
				response.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
				});
				response.end(body);
			},
			() => response.writeHead(404).end('not found')
		);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('server has no port');
	return {
		url: `http://127.0.0.1:${address.port}/`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
