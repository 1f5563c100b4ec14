/**
 * `tsx scripts/smoke.ts NODE [NODE …]`: start the built server (build/) once with each Node binary
 * given, request the same pages from each, and check that every answer is 200 and byte-identical to
 * the first Node's, the export's "Made" time aside. Exits 1 on any difference.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { waitForServer } from '../tests/helpers/server';

const binaries = process.argv.slice(2);
if (binaries.length < 2) {
	console.error('usage: tsx scripts/smoke.ts NODE NODE [NODE …]');
	process.exit(2);
}
const paths = [
	'/',
	'/?year=2011&focus=KOR',
	'/api/network?year=2011',
	'/api/network?year=2019&mode=composite&geo=0.3',
	'/export.svg?year=2011',
	'/export.svg?year=2023&focus=JPN'
];
const normalise = (path: string, body: string) =>
	path.startsWith('/export.svg') ? body.replace(/Made \d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, 'Made [time]') : body;

async function answers(node: string, port: number): Promise<{ version: string; bodies: Map<string, string> }> {
	const server: ChildProcess = spawn(node, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: 'http://127.0.0.1:3999' },
		stdio: 'ignore'
	});
	try {
		const base = `http://127.0.0.1:${port}`;
		await waitForServer(`${base}/api/network`);
		const bodies = new Map<string, string>();
		for (const path of paths) {
			const res = await fetch(base + path);
			if (res.status !== 200) throw new Error(`${node}: ${path} answered ${res.status}`);
			bodies.set(path, normalise(path, await res.text()));
		}
		const version = await new Promise<string>((resolve) => {
			const v = spawn(node, ['--version']);
			let out = '';
			v.stdout.on('data', (d) => (out += d));
			v.on('close', () => resolve(out.trim()));
		});
		return { version, bodies };
	} finally {
		server.kill();
	}
}

const runs = [];
for (const [i, node] of binaries.entries()) runs.push(await answers(node, 4310 + i));
const [first, ...rest] = runs;
let failed = false;
for (const run of rest) {
	for (const path of paths) {
		const a = first!.bodies.get(path)!;
		const b = run.bodies.get(path)!;
		const same = a === b;
		const hash = createHash('sha256').update(b).digest('hex').slice(0, 12);
		console.log(
			`smoke: ${run.version} ${path}: 200, ${b.length} bytes, sha256 ${hash}, ${same ? `same as ${first!.version}` : `DIFFERS from ${first!.version}`}`
		);
		if (!same) failed = true;
	}
}
if (failed) process.exit(1);
console.log(`smoke: ${paths.length} pages identical on ${runs.map((r) => r.version).join(', ')}`);
