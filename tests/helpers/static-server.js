/**
 * A plain static file server (sirv, no SPA fallback, no headers of its own beyond caching): what any
 * static host or CDN does with `build-static/`. Usage: node tests/helpers/static-server.js DIR PORT
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

const [dir = 'build-static', port = '4175'] = process.argv.slice(2);
const files = sirv(dir, { etag: true });
createServer((req, res) =>
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	})
).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}`));
