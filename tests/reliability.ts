/**
 * Reliability: send a bounded number of malformed requests (default 2,000, at most 30 s) to every route
 * of the built server (`build/`, from `npm run build`) and check that none gets a 5xx, that every API
 * error is JSON with an `error` message, that no reply echoes markup or grows past a bound, and that
 * the same server process is still up and answering at the end.
 *
 *   npx tsx tests/reliability.ts [--requests N] [--seconds S] [--port P]
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { waitForServer } from './helpers/server';

const { values: args } = parseArgs({
	options: {
		requests: { type: 'string', default: '2000' },
		seconds: { type: 'string', default: '30' },
		port: { type: 'string', default: '4187' }
	}
});
const TOTAL = Number(args.requests);
const SECONDS = Number(args.seconds);
const PORT = Number(args.port);
const CONNECTIONS = 16;
/** The largest reply a malformed request may get (the error bodies are capped far below this). */
const MAX_BODY = 64 * 1024;
/** A marker that must never come back unescaped. */
const MARK = '<script>alert(1)</script>';

const API = ['/api/network', '/api/states', '/api/events', '/export.svg', '/story/founding-arc/2/export.svg'];
const PAGES = ['/', '/embed', '/story/founding-arc/2', '/story/founding-arc', '/year/2011/'];
const FILES = ['/api/dataset.json', '/api/basemap.json', '/basemap.svg', '/robots.txt', '/_app/version.json'];

/** A seeded generator, so a failure can be replayed. */
function mulberry32(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = mulberry32(20110101);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const PARAMS = [
	'year',
	'compare',
	'layers',
	'weights',
	'mode',
	'focus',
	'geo',
	'min',
	'states',
	'blocs',
	'download',
	'from',
	'to',
	'pair',
	'actor',
	'layer',
	'data'
];
const VALUES = [
	'',
	'abc',
	'-1',
	'1e309',
	'NaN',
	'Infinity',
	'0x7E7',
	'２０１１',
	'2011 ',
	'\uFEFF2011',
	'2011\n',
	'99999999999999999999',
	'1999',
	'2200',
	'military,military',
	'military,,trade',
	'1,2,3,4,5',
	'-0.5',
	'0.30000000000000004',
	'USA,USA',
	'usa',
	'KOR-JPN',
	'JPN-JPN',
	'local',
	'../../etc/passwd',
	'%00',
	'%ZZ',
	'\u0000',
	'\uD800',
	'😀'.repeat(50),
	MARK,
	'"><svg onload=alert(1)>',
	"'; DROP TABLE ties; --",
	'a'.repeat(1500),
	'=cmd|"/c calc"!A1'
];

/** Percent-encode; a lone surrogate (which has no UTF-8) goes as the bytes of one, invalid UTF-8. */
function enc(s: string): string {
	try {
		return encodeURIComponent(s);
	} catch {
		return '%ED%A0%80';
	}
}

type Req = { method: string; path: string; headers?: Record<string, string>; raw?: string };

function query(): string {
	const n = 1 + Math.floor(rand() * 4);
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const name = rand() < 0.85 ? pick(PARAMS) : pick(['x', 'YEAR', 'year[]', '__proto__', 'constructor', MARK, '']);
		parts.push(`${enc(name)}=${enc(pick(VALUES))}`);
	}
	// Now and then a raw, not percent-encoded, or broken query.
	if (rand() < 0.1) parts.push(pick(['year=%E0%A4%A', 'year=%', 'a&&&b', '=', '&', 'year==2011', 'year=2011;focus=KOR']));
	return parts.join('&');
}

function malformed(): Req {
	const r = rand();
	const route = pick([...API, ...API, ...PAGES, ...FILES]);
	if (r < 0.55) return { method: 'GET', path: `${route}?${query()}` };
	if (r < 0.65) return { method: pick(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']), path: route };
	if (r < 0.7) return { method: 'GET', path: `${route}?year=2011&x=${'y'.repeat(8300 + Math.floor(rand() * 4000))}` };
	if (r < 0.75) return { method: 'GET', path: `${route}?${Array.from({ length: 400 }, (_, i) => `p${i}=${i}`).join('&')}` };
	if (r < 0.85)
		return {
			method: 'GET',
			path: `${route}?year=2011`,
			headers: pick<Record<string, string>>([
				{ 'if-none-match': pick(['*', 'W/', '"', '"a", "b"'.repeat(200), MARK]) },
				{ range: pick(['bytes=9999999-', 'bytes=-0', 'bytes=a-b', 'lines=1-2']) },
				{ accept: pick(['application/json;q=abc', '*/*;q=', MARK]) },
				{ 'accept-encoding': pick(['gzip;q=2', 'br, br, br', 'x'.repeat(2000)]) },
				{ host: pick(['evil.example', 'localhost:0', '[::1]']) },
				{ 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' }
			])
		};
	if (r < 0.95)
		return {
			method: 'GET',
			path: pick([
				'/..%2f..%2fetc%2fpasswd',
				'/%2e%2e/%2e%2e/etc/passwd',
				'//api//network',
				'/api/network/',
				'/api/network/../dataset.json',
				'/export.svg/',
				'/story/%00/1',
				'/story/founding-arc/0',
				'/story/founding-arc/99',
				'/story/founding-arc/1e2',
				`/story/${enc(MARK)}/1`,
				'/year/20x1/',
				'/year/1799/',
				'/_app/immutable/../../../package.json',
				'/_app/immutable/nope.js',
				'/%ZZ',
				`/${'a'.repeat(3000)}`
			])
		};
	// Broken HTTP, written to the socket as it is.
	return {
		method: 'RAW',
		path: '',
		raw: pick([
			'GET /api/network?year=2011 HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
			'GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n',
			'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
			'GARBAGE\r\n\r\n',
			'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n',
			`GET / HTTP/1.1\r\nHost: x\r\nX: ${'h'.repeat(20000)}\r\n\r\n`
		])
	};
}

interface Answer {
	status: number;
	type: string;
	body: string;
}

function send(req: Req): Promise<Answer> {
	if (req.method === 'RAW')
		return new Promise((resolve) => {
			const socket = connect(PORT, '127.0.0.1', () => socket.end(req.raw ?? ''));
			let text = '';
			socket.setTimeout(5000, () => socket.destroy());
			socket.on('data', (d) => (text += d.toString('latin1')));
			socket.on('error', () => undefined);
			socket.on('close', () => {
				const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
				resolve({ status, type: '', body: text.slice(text.indexOf('\r\n\r\n') + 4) });
			});
		});
	return new Promise((resolve, reject) => {
		const r = httpRequest({ host: '127.0.0.1', port: PORT, method: req.method, path: req.path, headers: req.headers ?? {} }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString() })
			);
		});
		r.on('error', reject);
		r.end();
	});
}

/** What is wrong with an answer, or null. */
function problem(req: Req, a: Answer): string | null {
	if (a.status >= 500) return `${a.status}`;
	if (req.method === 'RAW')
		return a.status === 0 || a.status === 400 || a.status === 431 || a.status === 505 ? null : `raw answer ${a.status}`;
	if (a.status === 0) return 'no answer';
	if (a.body.length > MAX_BODY && a.status >= 400) return `an error of ${a.body.length} bytes`;
	if (a.body.includes(MARK) || a.body.includes('<svg onload')) return 'markup echoed';
	if (a.body.includes('evil.example')) return 'Host echoed';
	const path = req.path.split('?')[0]!;
	const api = API.includes(path) || path.startsWith('/api/');
	if (a.status >= 400 && (api || a.status === 405 || a.status === 414)) {
		if (!a.type.startsWith('application/json')) return `error as ${a.type || 'no type'}`;
		try {
			if (typeof JSON.parse(a.body).error !== 'string') return 'JSON error without a message';
		} catch {
			return 'error body is not JSON';
		}
	}
	return null;
}

async function main() {
	const requests = Array.from({ length: TOTAL }, malformed);
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	// The server logs each 404; kept only to show if it dies.
	let log = '';
	server.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
	let exited: number | null = null;
	server.on('exit', (code) => {
		exited = code ?? -1;
		if (code !== null && code !== 0) console.log(`server exited with ${code}:\n${log}`);
	});
	const good = async () => (await send({ method: 'GET', path: '/api/network?year=2011' })).status === 200;
	const pid = server.pid!;
	try {
		await waitForServer(`http://127.0.0.1:${PORT}/api/network?year=2011`);
		await run(requests, pid, good, () => exited);
	} finally {
		server.kill();
	}
}

async function run(requests: Req[], pid: number, good: () => Promise<boolean>, exited: () => number | null) {
	const failures: string[] = [];
	const statuses = new Map<number, number>();
	const started = performance.now();
	const deadline = started + SECONDS * 1000;
	let next = 0;
	let sent = 0;
	await Promise.all(
		Array.from({ length: CONNECTIONS }, async () => {
			while (next < requests.length && performance.now() < deadline) {
				const req = requests[next++]!;
				try {
					const a = await send(req);
					sent++;
					statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
					const p = problem(req, a);
					if (p) failures.push(`${p}: ${req.method} ${(req.raw ?? req.path).slice(0, 120)}`);
				} catch (e) {
					failures.push(`${(e as Error).message}: ${req.method} ${req.path.slice(0, 120)}`);
				}
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	const alive = exited() === null && (await good().catch(() => false));

	console.log(
		`reliability: ${sent} of ${TOTAL} malformed requests in ${seconds.toFixed(1)} s to ${API.length + PAGES.length + FILES.length} routes`
	);
	console.log(
		`  answers: ${[...statuses]
			.sort(([a], [b]) => a - b)
			.map(([s, n]) => `${s || 'closed'}×${n}`)
			.join(', ')}`
	);
	console.log(`  server pid ${pid}: ${alive ? 'still up and answering' : 'GONE'}`);
	if (failures.length)
		console.log(
			failures
				.slice(0, 20)
				.map((f) => `  ✘ ${f}`)
				.join('\n')
		);
	const ok = failures.length === 0 && alive && sent === TOTAL;
	if (sent < TOTAL) console.log(`  ✘ only ${sent} sent within ${SECONDS} s`);
	console.log(ok ? 'reliability: ok' : 'reliability: FAILED');
	process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
