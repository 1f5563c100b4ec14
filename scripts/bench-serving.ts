/**
 * The bench's serving section: the built server under load (autocannon, loopback, one run window)
 * against sirv serving a static file of the same bytes — what a CDN or any file server would do — and
 * the app's own CSS file while the API is loaded. Figures, not pass/fail.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServer } from '../tests/helpers/server';

const CONNECTIONS = 20;
const SECONDS = 5;

interface Load {
	rps: number;
	p99: number;
	non2xx: number;
}

async function load(base: string, paths: string[]): Promise<Load> {
	const result = await autocannon({
		url: base,
		connections: CONNECTIONS,
		duration: SECONDS,
		requests: paths.map((path) => ({ method: 'GET', path }))
	});
	return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx + result.errors + result.timeouts };
}

const fmt = (l: Load) => `${l.rps.toFixed(0)} req/s, p99 ${l.p99} ms${l.non2xx ? `, ${l.non2xx} failed` : ''}`;

/** Rows for the bench: each case, sirv's figure for the same bytes, and the ratio. `app` is the built server's base URL. */
export async function servingRows(app: string, staticPort: number): Promise<[string, string][]> {
	const rows: [string, string][] = [];
	const years = Array.from({ length: 26 }, (_, i) => 2000 + i);
	const dir = mkdtempSync(join(tmpdir(), 'aa-serve-'));
	const cases = [
		{ name: '/api/network, one year', paths: ['/api/network?year=2011'], file: 'network.json' },
		{
			name: '/api/network, all 26 years in rotation (target ≥ 0.5×)',
			paths: years.map((y) => `/api/network?year=${y}`),
			file: 'network.json'
		},
		{ name: '/export.svg, one year', paths: ['/export.svg?year=2011'], file: 'export.svg' },
		{ name: '/ (server-rendered page), one year', paths: ['/?year=2011'], file: 'page.html' }
	];
	// The static twins: the same bytes as the app's answer, as files. The cache is warmed on the way.
	for (const c of cases) {
		for (const p of c.paths) await (await fetch(`${app}${p}`)).arrayBuffer();
		writeFileSync(join(dir, c.file), Buffer.from(await (await fetch(`${app}${c.paths[0]}`)).arrayBuffer()));
	}
	const html = await (await fetch(`${app}/`)).text();
	const css = /href="(\/_app\/immutable\/assets\/[^"]+\.css)"/.exec(html)?.[1];

	const sirv: ChildProcess = spawn(process.execPath, ['tests/helpers/static-server.js', dir, String(staticPort)], { stdio: 'ignore' });
	try {
		const files = `http://127.0.0.1:${staticPort}`;
		await waitForServer(`${files}/network.json`);
		for (const c of cases) {
			const ours = await load(app, c.paths);
			const theirs = await load(files, [`/${c.file}`]);
			rows.push([
				`serving ${c.name}: app vs sirv, same bytes (${CONNECTIONS} connections, ${SECONDS} s)`,
				`${fmt(ours)} vs ${fmt(theirs)}: ${(ours.rps / theirs.rps).toFixed(2)}×`
			]);
		}
		if (css) {
			const alone = await load(app, [css]);
			const rotation = years.map((y) => `/api/network?year=${y}`);
			const [busy, cssWarm] = await Promise.all([load(app, rotation), load(app, [css])]);
			rows.push([
				'the app’s CSS file while /api/network (26 years, cache warm) is loaded (target ≥ 0.5×)',
				`${fmt(cssWarm)} vs ${fmt(alone)} unloaded: ${(cssWarm.rps / alone.rps).toFixed(2)}× (API meanwhile ${fmt(busy)})`
			]);
			// Every request a view never seen before: each one a layout, in the cold queue.
			const cold = Array.from({ length: 2000 }, (_, i) => `/api/network?year=${years[i % 26]}&geo=${(0.1 + (i % 997) / 1200).toFixed(3)}`);
			const [coldBusy, cssCold] = await Promise.all([load(app, cold), load(app, [css])]);
			rows.push([
				'the app’s CSS file while /api/network is loaded with views never seen (each a layout)',
				`${fmt(cssCold)}: ${(cssCold.rps / alone.rps).toFixed(2)}× unloaded (API meanwhile ${fmt(coldBusy)}; 503s count as failed)`
			]);
		}
	} finally {
		sirv.kill();
	}
	return rows;
}
