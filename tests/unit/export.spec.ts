import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { goldenDataset } from '../fixtures/golden-dataset/index';
import type { Dataset } from '../../src/lib/data/types';
import { isFormula, parseCsv } from '../../src/lib/export/csv';
import { DATA_COLUMNS, tieRows, tiesCsv, tiesJson } from '../../src/lib/export/data';
import { exportFileName, exportSvg } from '../../src/lib/export/svg';
import { anchorsOf } from '../../src/lib/layout/anchors';
import { computeSnapshot } from '../../src/lib/pipeline';
import { escapeAttr, escapeText } from '../../src/lib/render/serialise';
import { defaultView, viewContext, type ViewState } from '../../src/lib/model/view';
import { placeOf, title } from '../../src/lib/render/describe';
import { parseView } from '../../src/lib/view/state';
import { GOLDEN_VIEWS, basemap, normalise, parseXml, renderView, safetyProblems } from '../helpers/svg';

// Goldens are drawn from a frozen fixture, so only a change of drawing code moves them; the other
// export tests use the live default dataset.
const g = goldenDataset();
const d = defaultDataset();
const golden = (name: string) => new URL(`../golden/${name}.svg`, import.meta.url);
const changed = (name: string) => new URL(`../golden/${name}-changed.svg`, import.meta.url);

describe('golden SVG exports', () => {
	it.each(Object.entries(GOLDEN_VIEWS))('%s matches its golden file', (name, query) => {
		const actual = normalise(renderView(g, query));
		if (!existsSync(golden(name))) {
			writeFileSync(changed(name), actual);
			throw new Error(`no golden file for ${name}: wrote ${name}-changed.svg; review it and rename it to ${name}.svg`);
		}
		const expected = normalise(readFileSync(golden(name), 'utf8'));
		if (actual !== expected) writeFileSync(changed(name), actual);
		else if (existsSync(changed(name))) rmSync(changed(name));
		expect(actual, `differs from tests/golden/${name}.svg; see ${name}-changed.svg beside it`).toBe(expected);
	});

	it.each(Object.entries(GOLDEN_VIEWS))('%s is well-formed, standalone and safe as the code writes it', (_name, query) => {
		const svg = renderView(d, query);
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
		for (const s of [
			'Northeast Asia, 2011',
			'military ×2',
			'trade ×1',
			'tension ×0.5',
			'mode: layers',
			'Military ×2 (solid line)',
			'Map data: Natural Earth',
			`${d.meta.name}, version ${d.meta.version}`,
			'Made 2026-01-01T00:00:00.000Z',
			'https://alliance-atlas.example/?year=2011'
		]) {
			expect(text).toContain(s);
		}
	});

	it.each(['year=2011', 'year=2019&mode=composite'])(
		'%s: no empty groups; tie styles are set once on their group, never per line',
		(query) => {
			const svg = renderView(d, query);
			expect(svg).not.toMatch(/<g[^>]*\/>/);
			const { nodes } = parseXml(svg);
			const tieGroups = nodes.map((n, i) => [n, i] as const).filter(([n]) => n.name === 'g' && /\baa-ties\b/.test(n.attrs.class ?? ''));
			expect(tieGroups.length).toBeGreaterThan(1);
			for (const [group, i] of tieGroups) {
				expect(group.attrs.stroke, group.attrs.class).toMatch(/^#[0-9A-F]{6}$/i);
				const lines = nodes.filter((n) => n.parent === i);
				expect(lines.length).toBeGreaterThan(0);
				for (const line of lines) {
					expect(line.name).toBe('line');
					for (const shared of ['stroke', 'stroke-dasharray', 'stroke-linecap', 'fill'])
						expect(line.attrs[shared], `${shared} on a line`).toBeUndefined();
				}
			}
			// Each colour is set once per group that draws with it (ties and legend samples), not once per line.
			const tieLines = tieGroups.reduce((n, [, i]) => n + nodes.filter((c) => c.parent === i).length, 0);
			const strokeAttrs = nodes.filter((n) => n.attrs.stroke !== undefined).length;
			expect(strokeAttrs).toBeLessThan(tieLines);
		}
	);

	it('is byte-identical across runs and time zones, but for the time it was made', () => {
		const tz = process.env.TZ;
		try {
			process.env.TZ = 'Asia/Tokyo';
			const a = renderView(d, 'year=2019&focus=JPN');
			process.env.TZ = 'America/Los_Angeles';
			const b = renderView(d, 'year=2019&focus=JPN');
			expect(b).toBe(a);
			expect(renderView(d, 'year=2019&focus=JPN', '2030-05-05T05:05:05.000Z')).toBe(
				a.replace('2026-01-01T00:00:00.000Z', '2030-05-05T05:05:05.000Z')
			);
		} finally {
			process.env.TZ = tz;
		}
	});

	it('names the file after the view', () => {
		const ctx = viewContext(d);
		expect(exportFileName({ ...defaultView(ctx), year: 2011 }, 'svg')).toBe('alliance-atlas-2011-military-trade-tension.svg');
		expect(exportFileName({ ...defaultView(ctx), year: 2019, layers: ['trade'], mode: 'composite', focus: 'KOR' }, 'png')).toBe(
			'alliance-atlas-2019-trade-composite-kor.png'
		);
	});
});

describe('hostile text in the data', () => {
	const nasty = fc.oneof(
		fc.constantFrom(
			'<script>alert(1)</script>',
			']]>',
			'"><svg onload=alert(1)>',
			"' onmouseover='x",
			'&amp;&',
			'javascript:alert(1)',
			'<foreignObject><body/></foreignObject>',
			'\u0000\u0007\u001b\uFFFE\uD800',
			'<!ENTITY x "y">',
			'x'.repeat(20000)
		),
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '\u0000', '\u0008', '\uD83D', '\uDE00', 'a', ']', '/', '='), maxLength: 40 })
	);

	// The text from the data that reaches an SVG: state names, the dataset's name and version, the view URL.
	// What XML 1.0 can hold, by its Char production read code point by code point (written apart from the
	// serialiser's own regular expression, so a mistake there is not copied here):
	// #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
	const isXmlChar = (cp: number) =>
		cp === 0x9 ||
		cp === 0xa ||
		cp === 0xd ||
		(cp >= 0x20 && cp <= 0xd7ff) ||
		(cp >= 0xe000 && cp <= 0xfffd) ||
		(cp >= 0x10000 && cp <= 0x10ffff);
	const xmlText = (x: string) => {
		let out = '';
		for (const ch of x) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
		return out;
	};

	it('drops exactly the characters XML 1.0 cannot hold', () => {
		expect(xmlText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\uDE00h\uD83D\uDE00i\tj')).toBe('abcdefgh\uD83D\uDE00i\tj');
		expect(escapeText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\uDE00h\uD83D\uDE00i\tj')).toBe('abcdefgh\uD83D\uDE00i\tj');
	});

	it('keeps the export well-formed and free of script for any state name, dataset name, version and URL, and shows them as text', () => {
		fc.assert(
			fc.property(nasty, nasty, nasty, nasty, nasty, (actorName, otherName, dataName, version, url) => {
				const hostile: Dataset = {
					...d,
					meta: { ...d.meta, name: dataName, version },
					actors: d.actors.map((a) => (a.id === 'KOR' ? { ...a, name: actorName } : a.id === 'PRK' ? { ...a, name: otherName } : a))
				};
				const parsed = parseView(new URLSearchParams('year=2011&focus=KOR'), viewContext(hostile));
				if (!parsed.ok) throw new Error('view');
				const svg = exportSvg(hostile, computeSnapshot(hostile, parsed.view, anchorsOf(hostile.actors)), basemap, {
					madeAt: '2026-01-01T00:00:00.000Z',
					url
				});
				expect(safetyProblems(svg)).toEqual([]);
				// Escaped, not dropped: each piece of hostile text is there as text (XML's forbidden characters aside;
				// white space aside too, as the notes wrap a long word across lines).
				const { text } = parseXml(svg);
				const flat = text.replace(/\s+/g, '');
				for (const piece of [actorName, otherName, dataName, version, url]) {
					const visible = xmlText(piece).replace(/\s+/g, '');
					if (visible) expect(flat).toContain(visible);
				}
			}),
			{ numRuns: 80 }
		);
	});

	it('round-trips hostile ids, statuses and URLs through the CSV and JSON data exports', () => {
		const ctx = viewContext(d);
		const rows = tieRows(d, computeSnapshot(d, { ...defaultView(ctx), year: 2016 }, anchorsOf(d.actors)).graph.ties);
		fc.assert(
			fc.property(nasty, nasty, nasty, (id, url, reporter) => {
				const hostile = rows.map((r, i) =>
					i === 0
						? { ...r, evidence: [id.replace(/\s/g, '_') || 'x'], source_urls: [url.replace(/\s/g, '_') || 'y'], trade_reporter: reporter }
						: r
				);
				const csv = tiesCsv(hostile);
				// What a spreadsheet sees: no cell starts a formula.
				expect(parseCsv(csv, { raw: true }).flat().filter(isFormula)).toEqual([]);
				const back = parseCsv(csv);
				const row = back[1]!;
				expect(row[10]).toBe(hostile[0]!.evidence[0]);
				expect(row[11]).toBe(hostile[0]!.source_urls[0]);
				expect(row[9]).toBe(reporter);
				expect(JSON.parse(tiesJson(d, defaultView(ctx), hostile)).ties).toEqual(hostile);
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
		const ctx = viewContext(d);
		const snap = computeSnapshot(d, { ...defaultView(ctx), year: 2016, min: 0.3 }, anchorsOf(d.actors));
		const rows = tieRows(d, snap.graph.ties);
		expect(rows.length).toBe(snap.graph.ties.filter((t) => t.shown).length);
		const jk = rows.find((r) => r.source === 'JPN' && r.target === 'KOR')!;
		expect(jk.evidence.length).toBeGreaterThan(0);
		expect(jk.source_urls.every((u) => /^https?:\/\//.test(u))).toBe(true);
		const parsed = parseCsv(tiesCsv(rows));
		expect(parsed[0]).toEqual([...DATA_COLUMNS]);
		expect(parsed.length).toBe(rows.length + 1);
		// Lossless: every column of every row reads back to the value written.
		const read = (cells: string[]) => {
			const r = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c, cells[i]!])) as Record<string, string>;
			const num = (x: string) => (x === '' ? null : Number(x));
			const list = (x: string) => (x === '' ? [] : x.split(' '));
			return {
				source: r.source,
				target: r.target,
				year: Number(r.year),
				military: Number(r.military),
				trade: num(r.trade!),
				tension: Number(r.tension),
				weight: Number(r.weight),
				trade_usd_bn: num(r.trade_usd_bn!),
				trade_status: r.trade_status,
				trade_reporter: r.trade_reporter === '' ? null : r.trade_reporter,
				evidence: list(r.evidence!),
				source_urls: list(r.source_urls!)
			};
		};
		expect(parsed.slice(1).map(read)).toEqual(rows);
		const json = JSON.parse(tiesJson(d, snap.view, rows));
		expect(json.view).toEqual(snap.view);
		expect(json.ties).toEqual(rows);
		expect(json.dataset).toEqual({ name: d.meta.name, version: d.meta.version });
	});
});

describe('the title says what is drawn', () => {
	const names = new Map([['KOR', 'South Korea']]);
	const base = { ...defaultView(viewContext(d)), year: 2016 };
	it.each([
		[{}, 'Northeast Asia, 2016: military, trade and tension ties'],
		[{ layers: ['tension'], focus: 'KOR' }, 'Northeast Asia, 2016: tension ties of South Korea'],
		[{ layers: ['military', 'trade'] }, 'Northeast Asia, 2016: military and trade ties'],
		[{ mode: 'composite', min: 0.5 }, 'Northeast Asia, 2016: net military, trade and tension ties (scores ≥ 0.5)'],
		[{ layers: [] }, 'Northeast Asia, 2016: no layers shown'],
		[
			{ compare: 2011, states: ['JPN', 'KOR'] },
			'Northeast Asia, 2011 → 2016: change in military, trade and tension ties among JPN and South Korea'
		]
	] as const)('%o', (over, expected) => {
		const view = { ...base, ...over } as unknown as ViewState;
		expect(title({ ...view, layers: [...view.layers] }, names, 'Northeast Asia')).toBe(expected);
	});

	it('names the dataset’s region, or else its name', () => {
		expect(title(base, names, placeOf({ name: 'Baltic ties', region: 'The Baltic' }))).toBe(
			'The Baltic, 2016: military, trade and tension ties'
		);
		expect(title(base, names, placeOf({ name: 'Baltic ties' }))).toBe('Baltic ties, 2016: military, trade and tension ties');
	});

	it('is the export’s title, header and the SVG <title>', () => {
		const svg = renderView(d, 'year=2016&layers=tension&focus=KOR');
		const { nodes, text } = parseXml(svg);
		expect(nodes.filter((n) => n.name === 'title')).toHaveLength(1);
		expect(text).toContain('Northeast Asia, 2016: tension ties of South Korea');
		expect(text.split('Northeast Asia, 2016: tension ties of South Korea').length - 1).toBe(2);
	});
});

describe('where the capitals are', () => {
	it('draws a leader from each capital to a state that has moved far from it (geography pull 0), and none at pull 1', () => {
		const free = parseXml(renderView(d, 'year=2011&geo=0'));
		const capitals = free.nodes.findIndex((n) => n.name === 'g' && n.attrs.class === 'aa-capitals');
		expect(capitals).toBeGreaterThan(-1);
		const lines = free.nodes.filter((n) => n.parent === capitals && n.name === 'line');
		expect(lines.length).toBeGreaterThanOrEqual(4);
		expect(free.text).toContain('Where a state’s capital is');
		const tethered = parseXml(renderView(d, 'year=2011&geo=1'));
		expect(tethered.nodes.some((n) => n.attrs.class === 'aa-capitals')).toBe(false);
		expect(tethered.text).not.toContain('Where a state’s capital is');
	});
});
