/**
 * Lighthouse figures for the first view (issue 11): performance score, LCP, FCP, TBT, CLS and Speed
 * Index on `/?year=2011`, with the LCP element and what Lighthouse says holds the page back.
 * Lighthouse's defaults throughout: a mobile form factor and simulated throttling, performance only,
 * in Debian's Chromium (CHROMIUM_PATH) with the flags every browser here gets.
 *
 * `npm run lighthouse` builds, then runs this file, which starts the built server (`node build`) on a
 * free port, runs Lighthouse N times (3 unless `--runs N`), prints the medians and stops the server.
 * `--path /?year=2016` measures another address; `--save DIR` keeps each run's report (JSON);
 * `--build DIR` starts another build of the server (to compare two builds on the same machine).
 *
 * The bench calls `lighthouse(base, runs)` against a server it already started, and prints
 * `lighthouseRows(result)`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouseRun from 'lighthouse';
import type { Result as LighthouseResult } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.js';
import { waitForServer } from '../tests/helpers/server';

/** The address measured: the issue's first view. */
export const LIGHTHOUSE_PATH = '/?year=2011';

/** One run's figures (milliseconds, except the score and CLS). */
export interface LighthouseFigures {
	performance: number;
	lcp: number;
	fcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
}

export interface LighthouseFinding {
	id: string;
	title: string;
	/** What the audit shows: e.g. "Potential savings of 300 ms", "72 KiB". */
	display: string;
	/** Its items, shortest form (URL or node, and the figure it gives). */
	items: string[];
}

export interface LighthouseSummary {
	url: string;
	runs: number;
	/** Median of each figure over the runs, each taken on its own. */
	median: LighthouseFigures;
	/** Every run's figures, in order. */
	each: LighthouseFigures[];
	/** From the run whose performance score is the median one. */
	lcpElement: string;
	/** LCP phases of that run (TTFB, load delay, load time, render delay), where Lighthouse gives them. */
	lcpPhases: string[];
	/** Opportunities and diagnostics of that run that did not pass, most savings first. */
	findings: LighthouseFinding[];
	lighthouseVersion: string;
	chromeVersion: string;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function figuresOf(lhr: LighthouseResult): LighthouseFigures {
	const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		performance: lhr.categories.performance?.score ?? NaN,
		lcp: num('largest-contentful-paint'),
		fcp: num('first-contentful-paint'),
		tbt: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		speedIndex: num('speed-index')
	};
}

type Item = Record<string, unknown>;
type Details = { type?: string; items?: Item[]; headings?: { key?: string | null }[] };

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** An item of an audit's table, in a line: its URL or node, and its figures. */
function itemLine(item: Item): string {
	const node = item.node as { snippet?: string; nodeLabel?: string; selector?: string } | undefined;
	const where =
		typeof item.url === 'string'
			? item.url.replace(/^https?:\/\/[^/]+/, '')
			: node
				? `${node.snippet ?? node.selector ?? ''}${node.nodeLabel ? ` ("${node.nodeLabel.slice(0, 60)}")` : ''}`
				: typeof item.label === 'string'
					? item.label
					: typeof item.groupLabel === 'string'
						? item.groupLabel
						: typeof item.phase === 'string'
							? item.phase
							: '';
	if (typeof item.statistic === 'string') {
		const value = (item.value as { value?: unknown } | undefined)?.value;
		return `${item.statistic}: ${String(value)}${where ? ` — ${where}` : ''}`;
	}
	const figures: string[] = [];
	if (typeof item.wastedMs === 'number') figures.push(`${Math.round(item.wastedMs)} ms`);
	if (typeof item.timing === 'number') figures.push(`${Math.round(item.timing)} ms`);
	if (typeof item.duration === 'number') figures.push(`${Math.round(item.duration)} ms`);
	if (typeof item.total === 'number') figures.push(`${Math.round(item.total)} ms`);
	if (typeof item.transferSize === 'number') figures.push(kib(item.transferSize));
	if (typeof item.wastedBytes === 'number') figures.push(`${kib(item.wastedBytes)} to save`);
	if (typeof item.score === 'number' && !figures.length) figures.push(`shift ${item.score.toFixed(3)}`);
	return `${where}${figures.length ? ` — ${figures.join(', ')}` : ''}`;
}

/** Audits of the performance category that did not pass, opportunities (by savings) before diagnostics. */
function findingsOf(lhr: LighthouseResult): LighthouseFinding[] {
	const refs = lhr.categories.performance?.auditRefs ?? [];
	const out: (LighthouseFinding & { saving: number })[] = [];
	for (const ref of refs) {
		if (ref.group === 'metrics') continue;
		const a = lhr.audits[ref.id];
		if (!a || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual') continue;
		if (a.score === null || a.score >= 0.9) continue;
		// Lighthouse 12 lists its newer "insights" beside the audits they replace: keep the audits. The
		// LCP element is reported on its own.
		if (ref.group === 'hidden' || ref.id.endsWith('-insight') || ref.id === 'largest-contentful-paint-element') continue;
		const details = a.details as Details | undefined;
		const items = (details?.items ?? []).slice(0, 6).map(itemLine);
		const saving = (details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs ?? 0;
		out.push({ id: a.id, title: a.title, display: a.displayValue ?? '', items, saving });
	}
	return out.sort((x, y) => y.saving - x.saving).map(({ saving: _saving, ...f }) => f);
}

function lcpOf(lhr: LighthouseResult): { element: string; phases: string[] } {
	const details = lhr.audits['largest-contentful-paint-element']?.details as (Details & { items?: Details[] }) | undefined;
	// Lighthouse 12: a list of two tables, the element and its phases.
	const tables: Details[] = details?.type === 'list' ? (details.items ?? []) : details ? [details] : [];
	const element = tables[0]?.items?.[0] ? itemLine(tables[0].items[0]) : '(none)';
	const phases = (tables[1]?.items ?? []).map((i) => `${String(i.phase)} ${Math.round(Number(i.timing))} ms`);
	return { element, phases };
}

/**
 * Run Lighthouse `runs` times on `base` + `path` (a server already listening) and summarise: the
 * median of each figure, and the LCP element and findings of the median run.
 */
export async function lighthouse(
	base: string,
	runs = 3,
	options: { path?: string; save?: string; log?: (line: string) => void } = {}
): Promise<LighthouseSummary> {
	const url = `${base.replace(/\/$/, '')}${options.path ?? LIGHTHOUSE_PATH}`;
	// A server just started loads a route's code on its first request: measure a warm one.
	const root = base.replace(/\/$/, '');
	for (const u of [url, `${root}/basemap.svg`, `${root}/api/dataset.json`]) await (await fetch(u)).arrayBuffer();
	const results: LighthouseResult[] = [];
	let failures = 0;
	for (let i = 0; i < runs; i++) {
		// A fresh browser each run: no cache, no warmed-up state from the run before.
		const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'error' });
		try {
			const result = await lighthouseRun(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
			if (!result) throw new Error('Lighthouse returned no result');
			const lhr = result.lhr;
			if (lhr.runtimeError) {
				// Now and then the trace misses its navigation start (NO_NAVSTART): run again, a few times at most.
				const message = `Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
				if (++failures > 3) throw new Error(message);
				options.log?.(`${message}; running again`);
				i--;
				continue;
			}
			results.push(lhr);
			if (options.save) {
				mkdirSync(options.save, { recursive: true });
				writeFileSync(join(options.save, `lighthouse-${i + 1}.json`), JSON.stringify(lhr));
			}
			const f = figuresOf(lhr);
			options.log?.(
				`run ${i + 1}/${runs}: performance ${f.performance.toFixed(2)}, LCP ${Math.round(f.lcp)} ms, TBT ${Math.round(f.tbt)} ms, CLS ${f.cls.toFixed(3)}`
			);
		} finally {
			await chrome.kill();
		}
	}
	const each = results.map(figuresOf);
	const med = (k: keyof LighthouseFigures) => median(each.map((f) => f[k]));
	// The run whose score is the median one (ties broken by LCP), for the element and the findings.
	const order = results.map((_, i) => i).sort((a, b) => each[a]!.performance - each[b]!.performance || each[b]!.lcp - each[a]!.lcp);
	const mid = results[order[Math.floor((order.length - 1) / 2)]!]!;
	const { element, phases } = lcpOf(mid);
	return {
		url,
		runs,
		median: {
			performance: med('performance'),
			lcp: med('lcp'),
			fcp: med('fcp'),
			tbt: med('tbt'),
			cls: med('cls'),
			speedIndex: med('speedIndex')
		},
		each,
		lcpElement: element,
		lcpPhases: phases,
		findings: findingsOf(mid),
		lighthouseVersion: mid.lighthouseVersion,
		chromeVersion: mid.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? mid.environment.hostUserAgent
	};
}

/** The summary as label/value rows, as the bench prints its figures. */
export function lighthouseRows(s: LighthouseSummary): [string, string][] {
	const m = s.median;
	const path = s.url.replace(/^https?:\/\/[^/]+/, '');
	const rows: [string, string][] = [
		[
			`Lighthouse ${s.lighthouseVersion}, ${path}, mobile, simulated throttling, median of ${s.runs}`,
			`performance ${m.performance.toFixed(2)} (target ≥ 0.99; runs ${s.each.map((f) => f.performance.toFixed(2)).join(', ')})`
		],
		['  Largest Contentful Paint', `${Math.round(m.lcp)} ms (target ≤ 1500 ms)`],
		['  First Contentful Paint', `${Math.round(m.fcp)} ms`],
		['  Total Blocking Time', `${Math.round(m.tbt)} ms (target ≤ 50 ms)`],
		['  Cumulative Layout Shift', `${m.cls.toFixed(3)} (target 0)`],
		['  Speed Index', `${Math.round(m.speedIndex)} ms`],
		['  LCP element (median run)', s.lcpElement]
	];
	if (s.lcpPhases.length) rows.push(['  LCP phases (median run)', s.lcpPhases.join('; ')]);
	for (const f of s.findings.slice(0, 8))
		rows.push([`  ${f.title}`, `${f.display}${f.items.length ? ` — ${f.items.slice(0, 3).join(' | ')}` : ''}`]);
	return rows;
}

/** A port nobody listens on, from `from` up (the e2e servers use 4173, 4174 and 4180–4189; browsers refuse 4190). */
async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 50; port++) {
		const free = await new Promise<boolean>((done) => {
			const s = createServer();
			s.once('error', () => done(false));
			s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
		});
		if (free) return port;
	}
	throw new Error(`no free port in ${from}–${from + 49}`);
}

async function main() {
	const args = process.argv.slice(2);
	const opt = (name: string) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const runs = Number(opt('--runs') ?? process.env.LIGHTHOUSE_RUNS ?? 3);
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
	const port = await freePort(4290);
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
	// Links stay relative, as a reader's browser gets them when no ORIGIN is configured.
	delete env.ORIGIN;
	const server = spawn(process.execPath, [opt('--build') ?? 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
	try {
		const base = `http://127.0.0.1:${port}`;
		await waitForServer(`${base}/`);
		const s = await lighthouse(base, runs, { path: opt('--path'), save: opt('--save'), log: (l) => console.error(l) });
		const rows = lighthouseRows(s);
		const width = Math.max(...rows.map((r) => r[0].length));
		console.log(`Alliance Atlas Lighthouse — ${s.chromeVersion}, node ${process.version}`);
		for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
		for (const f of s.findings) {
			console.log(`\n${f.title}${f.display ? `: ${f.display}` : ''} [${f.id}]`);
			for (const item of f.items) console.log(`  ${item}`);
		}
	} finally {
		server.kill();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((e) => {
		console.error(e);
		process.exit(1);
	});
}
