import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import type { Dataset } from '../../src/lib/data/types';
import { parseCsv } from '../../src/lib/export/csv';
import { DATA_COLUMNS, tieRows, tiesCsv, tiesJson } from '../../src/lib/export/data';
import { computeSnapshot, exportFileName } from '../../src/lib/export/snapshot';
import { escapeAttr, escapeText } from '../../src/lib/render/serialise';
import { defaultView } from '../../src/lib/view/state';
import { GOLDEN_VIEWS, contextOf, normalise, parseXml, renderView, safetyProblems } from '../helpers/svg';

const d = defaultDataset();
const golden = (name: string) => new URL(`../golden/${name}.svg`, import.meta.url);
const changed = (name: string) => new URL(`../golden/${name}-changed.svg`, import.meta.url);

describe('golden SVG exports', () => {
	it.each(Object.entries(GOLDEN_VIEWS))('%s matches its golden file', (name, query) => {
		const actual = normalise(renderView(d, query));
		if (!existsSync(golden(name))) {
			writeFileSync(changed(name), actual);
			throw new Error(`no golden file for ${name}: wrote ${name}-changed.svg; review it and rename it to ${name}.svg`);
		}
		const expected = normalise(readFileSync(golden(name), 'utf8'));
		if (actual !== expected) writeFileSync(changed(name), actual);
		else if (existsSync(changed(name))) rmSync(changed(name));
		expect(actual, `differs from tests/golden/${name}.svg; see ${name}-changed.svg beside it`).toBe(expected);
	});

	it.each(Object.keys(GOLDEN_VIEWS))('%s is well-formed, standalone and safe', (name) => {
		const svg = readFileSync(golden(name), 'utf8');
		expect(safetyProblems(svg)).toEqual([]);
		const p = parseXml(svg);
		expect(p.elements[0]).toBe('svg');
		expect(p.elements).toEqual(expect.arrayContaining(['title', 'desc']));
		const root = p.attributes.filter((a) => a.element === 'svg');
		expect(root.map((a) => a.name)).toEqual(expect.arrayContaining(['viewBox', 'width', 'height', 'xmlns']));
	});

	it('says what it shows: title, year, layers and weights, legend, attribution, time made, URL', () => {
		const svg = renderView(d, 'year=2011&weights=military:2,trade:1,tension:0.5');
		const { text } = parseXml(svg);
		for (const s of ['Northeast Asia, 2011', 'military ×2', 'trade ×1', 'tension ×0.5', 'mode: layers', 'Military ×2 (solid line)', 'Map data: Natural Earth', `${d.meta.name}, version ${d.meta.version}`, 'Made 2026-01-01T00:00:00.000Z', 'https://alliance-atlas.example/?year=2011']) {
			expect(text).toContain(s);
		}
	});

	it('has no empty groups and sets shared styles once per group', () => {
		const svg = renderView(d, 'year=2011');
		expect(svg).not.toMatch(/<g[^>]*\/>/);
		expect((svg.match(/stroke="#0072B2"/g) ?? []).length).toBeLessThan(4);
	});

	it('is byte-identical across runs and time zones, but for the time it was made', () => {
		const tz = process.env.TZ;
		try {
			process.env.TZ = 'Asia/Tokyo';
			const a = renderView(d, 'year=2019&focus=JPN');
			process.env.TZ = 'America/Los_Angeles';
			const b = renderView(d, 'year=2019&focus=JPN');
			expect(b).toBe(a);
			expect(renderView(d, 'year=2019&focus=JPN', '2030-05-05T05:05:05.000Z')).toBe(a.replace('2026-01-01T00:00:00.000Z', '2030-05-05T05:05:05.000Z'));
		} finally {
			process.env.TZ = tz;
		}
	});

	it('names the file after the view', () => {
		const ctx = contextOf(d);
		expect(exportFileName({ ...defaultView(ctx), year: 2011 }, 'svg')).toBe('alliance-atlas-2011-military-trade-tension.svg');
		expect(exportFileName({ ...defaultView(ctx), year: 2019, layers: ['trade'], mode: 'composite', focus: 'KOR' }, 'png')).toBe('alliance-atlas-2019-trade-composite-kor.png');
	});
});

describe('hostile text in the data', () => {
	const nasty = fc.oneof(
		fc.constantFrom('<script>alert(1)</script>', ']]>', '"><svg onload=alert(1)>', "' onmouseover='x", '&amp;&', 'javascript:alert(1)', '<foreignObject><body/></foreignObject>', '\u0000\u0007\u001b\uFFFE\uD800', '<!ENTITY x "y">', 'x'.repeat(20000)),
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '\u0000', '\u0008', '\uD83D', '\uDE00', 'a', ']', '/', '='), maxLength: 40 })
	);

	it('keeps the export well-formed and free of script for any actor name and dataset name', () => {
		fc.assert(
			fc.property(nasty, nasty, nasty, (actorName, dataName, version) => {
				const hostile: Dataset = {
					...d,
					meta: { ...d.meta, name: dataName, version },
					actors: d.actors.map((a) => (a.id === 'KOR' ? { ...a, name: actorName } : a))
				};
				const svg = renderView(hostile, 'year=2011&focus=KOR');
				expect(safetyProblems(svg)).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('escapes text and attributes', () => {
		expect(escapeText('<a> & b')).toBe('&lt;a&gt; &amp; b');
		expect(escapeAttr('"x"\n')).toBe('&quot;x&quot;&#10;');
		expect(escapeText('a\u0000b\u001bc\uD800d')).toBe('abcd');
	});
});

describe('export data', () => {
	it('lists the ties in view with scores, weight, trade and the sources behind them, and round-trips as CSV', () => {
		const ctx = contextOf(d);
		const snap = computeSnapshot(d, { ...defaultView(ctx), year: 2016, min: 0.3 });
		const rows = tieRows(d, snap.graph.ties);
		expect(rows.length).toBe(snap.graph.ties.filter((t) => t.shown).length);
		const jk = rows.find((r) => r.source === 'JPN' && r.target === 'KOR')!;
		expect(jk.evidence.length).toBeGreaterThan(0);
		expect(jk.source_urls.every((u) => /^https?:\/\//.test(u))).toBe(true);
		const parsed = parseCsv(tiesCsv(rows));
		expect(parsed[0]).toEqual([...DATA_COLUMNS]);
		expect(parsed.length).toBe(rows.length + 1);
		const back = parsed.slice(1).map((cells) => Object.fromEntries(DATA_COLUMNS.map((c, i) => [c, cells[i]])));
		expect(back.map((r) => r.source + '-' + r.target)).toEqual(rows.map((r) => r.source + '-' + r.target));
		expect(Number(back[0]!.weight)).toBe(rows[0]!.weight);
		expect(back[0]!.evidence!.split(' ')).toEqual(rows[0]!.evidence);
		const json = JSON.parse(tiesJson(d, snap.view, rows));
		expect(json.view).toEqual(snap.view);
		expect(json.ties).toEqual(rows);
		expect(json.dataset).toEqual({ name: d.meta.name, version: d.meta.version });
	});
});
