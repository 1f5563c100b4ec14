import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { goldenDataset } from '../fixtures/golden-dataset/index';
import type { Dataset } from '../../src/lib/data/types';
import { isFormula, neutralise, parseCsv } from '../../src/lib/export/csv';
import { csvParse, csvParseRows } from 'd3-dsv';
import { datasetYears } from '../../src/lib/data/rubric';
import { LAYERS } from '../../src/lib/data/types';
import {
	COMPARE_COLUMNS,
	DATA_CODEBOOK,
	DATA_COLUMNS,
	LIST_SEPARATOR,
	codebookCsv,
	dataExport,
	dataFileName,
	exportYears,
	tieRows,
	tiesCsv,
	tiesJson,
	type DataRow
} from '../../src/lib/export/data';
import { buildGraph, netWeight } from '../../src/lib/graph/graph';
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
		const view = { ...defaultView(viewContext(d)), year: 2016 };
		const rows = tieRows(d, view);
		const col = (name: (typeof DATA_COLUMNS)[number]) => DATA_COLUMNS.indexOf(name);
		fc.assert(
			fc.property(nasty, nasty, nasty, (id, url, reporter) => {
				const hostile = rows.map((r, i) =>
					i === 0
						? {
								...r,
								evidence_ids: [id.replace(/\s/g, '_') || 'x'],
								source_urls: [url.replace(/\s/g, '_') || 'y'],
								trade_reporter: reporter
							}
						: r
				);
				const csv = tiesCsv(hostile, view);
				// What a spreadsheet sees: no cell starts a formula.
				expect(parseCsv(csv, { raw: true }).flat().filter(isFormula)).toEqual([]);
				const back = parseCsv(csv);
				const row = back[1]!;
				expect(row[col('evidence_ids')]).toBe(hostile[0]!.evidence_ids[0]);
				expect(row[col('source_urls')]).toBe(hostile[0]!.source_urls[0]);
				expect(row[col('trade_reporter')]).toBe(reporter);
				expect(JSON.parse(tiesJson(d, view, [2016], hostile)).ties).toEqual(hostile);
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
	const at = (over: Partial<ViewState>): ViewState => ({ ...defaultView(viewContext(d)), ...over });
	/** A CSV export as a spreadsheet reads it: d3-dsv's parser, after the byte-order mark that says UTF-8. */
	const spreadsheet = (csv: string) => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		return csvParse(csv.slice(1));
	};
	/** A row's cells as the CSV writes them (before neutralising): lists joined, a missing value empty. */
	const cellsOf = (r: DataRow, columns: readonly string[]) =>
		columns.map((c) => {
			const v = r[c as keyof DataRow];
			return Array.isArray(v) ? v.join(LIST_SEPARATOR) : v === null || v === undefined ? '' : String(v);
		});

	it('has a codebook entry for every column and a column for every entry, in order', () => {
		expect(DATA_CODEBOOK.map((e) => e.column)).toEqual([...DATA_COLUMNS, ...COMPARE_COLUMNS]);
		expect(new Set(DATA_CODEBOOK.map((e) => e.column)).size).toBe(DATA_CODEBOOK.length);
		for (const e of DATA_CODEBOOK) {
			expect(e.meaning.length, e.column).toBeGreaterThan(10);
			expect(e.values.length, e.column).toBeGreaterThan(0);
			expect(e.present, e.column).toBe((DATA_COLUMNS as readonly string[]).includes(e.column) ? 'always' : 'with compare');
		}
		expect(DATA_COLUMNS[0]).toBe('year');
		for (const layer of LAYERS) expect(DATA_COLUMNS).toEqual(expect.arrayContaining([`${layer}_score`, `${layer}_status`]));
		expect(DATA_CODEBOOK.find((e) => e.column === 'net_weight')!.meaning).toContain(
			'(w_military × military_score + w_trade × trade_score − w_tension × tension_score) divided by the sum of those weights'
		);
		// The codebook file, as a spreadsheet reads it: one row per column, every field as written.
		const book = spreadsheet(codebookCsv());
		expect(book.columns).toEqual(['column', 'type', 'meaning', 'values', 'present']);
		expect(book.map((r) => ({ ...r }))).toEqual(DATA_CODEBOOK.map((e) => ({ ...e })));
	});

	it('lists the ties drawn in the view with the states’ names beside their ids, each layer’s score and status, the net weight, evidence and sources', () => {
		const view = at({ year: 2016, min: 0.3 });
		const rows = tieRows(d, view);
		const graph = buildGraph(d, view);
		expect(rows.map((r) => `${r.state_a}-${r.state_b}`)).toEqual(graph.ties.filter((t) => t.shown).map((t) => t.pair));
		expect(rows.length).toBeLessThan(graph.ties.length);
		const names = new Map(d.actors.map((a) => [a.id, a.name]));
		for (const r of rows) {
			expect(r.year).toBe(2016);
			expect(r.state_a < r.state_b).toBe(true);
			expect(r.state_a_name).toBe(names.get(r.state_a));
			expect(r.state_b_name).toBe(names.get(r.state_b));
			expect([r.military_status, r.tension_status]).toEqual(['scored', 'scored']);
			expect(['sourced', 'estimated', 'missing']).toContain(r.trade_status);
			expect(r.evidence_titles).toHaveLength(r.evidence_ids.length);
			expect(r.net_weight).toBe(netWeight({ military: r.military_score, trade: r.trade_score, tension: r.tension_score }, view));
		}
		const jk = rows.find((r) => r.state_a === 'JPN' && r.state_b === 'KOR')!;
		expect([jk.state_a_name, jk.state_b_name]).toEqual(['Japan', 'South Korea']);
		expect(jk.evidence_ids.length).toBeGreaterThan(0);
		const byId = new Map(d.evidence.map((e) => [e.id, e]));
		expect(jk.evidence_titles).toEqual(jk.evidence_ids.map((id) => byId.get(id)!.title));
		expect(jk.source_urls.length).toBeGreaterThan(0);
		expect(jk.source_urls.every((u) => /^https?:\/\//.test(u))).toBe(true);
	});

	it('leaves a missing trade score empty, never 0, and says it is missing', () => {
		const view = at({ year: 2016 });
		const rows = tieRows(d, view);
		const missing = rows.filter((r) => r.trade_status === 'missing');
		expect(missing.length).toBeGreaterThan(0);
		for (const r of missing) expect([r.trade_score, r.trade_usd_bn, r.trade_reporter]).toEqual([null, null, null]);
		// North Korea–United States, 2016: no trade figure, so the net weight comes from the other layers alone.
		const pu = missing.find((r) => r.state_a === 'PRK' && r.state_b === 'USA')!;
		expect(pu.net_weight).toBe(netWeight({ military: pu.military_score, trade: null, tension: pu.tension_score }, view));
		const table = spreadsheet(tiesCsv(rows, view));
		const cells = table.find((r) => r.state_a === 'PRK' && r.state_b === 'USA')!;
		expect([cells.trade_score, cells.trade_usd_bn, cells.trade_reporter, cells.trade_status]).toEqual(['', '', '', 'missing']);
		for (const r of table.filter((x) => x.trade_status !== 'missing')) expect(r.trade_score).toMatch(/^\d/);
	});

	it('with years=all, gives each year’s ties under the same view, year first', () => {
		const view = at({ year: 2016, layers: ['military', 'tension'], min: 0.2, weights: { military: 2, trade: 1, tension: 1 } });
		const years = exportYears(d, view, true);
		expect(years).toEqual(datasetYears(d));
		expect(years).toHaveLength(d.meta.years.to - d.meta.years.from + 1);
		expect(exportYears(d, view, false)).toEqual([2016]);
		const rows = tieRows(d, view, years);
		expect([...new Set(rows.map((r) => r.year))]).toEqual(years);
		for (const year of years) expect(rows.filter((r) => r.year === year)).toEqual(tieRows(d, { ...view, year }));
		const file = dataExport(d, view, 'csv', true);
		expect(file.name).toBe('alliance-atlas-all-years-military-tension.csv');
		expect(file.ties).toBe(rows.length);
		const table = spreadsheet(file.text);
		expect(table.columns[0]).toBe('year');
		expect(table.map((r) => Number(r.year))).toEqual(rows.map((r) => r.year));
		const json = JSON.parse(dataExport(d, view, 'json', true).text);
		expect(json.years).toEqual(years);
		expect(json.view).toEqual(view);
		expect(json.ties).toEqual(rows);
	});

	it('adds the comparison’s columns when the view compares, in one year or every year', () => {
		const view = at({ year: 2019, compare: 2016 });
		const rows = tieRows(d, view);
		const ties = new Map(buildGraph(d, view).ties.map((t) => [t.pair, t]));
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			const t = ties.get(`${r.state_a}-${r.state_b}`)!;
			expect(r.compare_year).toBe(2016);
			expect([r.compare_military_score, r.compare_trade_score, r.compare_tension_score]).toEqual([
				t.before!.scores.military,
				t.before!.scores.trade,
				t.before!.scores.tension
			]);
			expect([r.compare_trade_status, r.compare_net_weight]).toEqual([t.before!.tradeStatus, t.before!.weight]);
			expect([r.military_change, r.trade_change, r.tension_change, r.net_weight_change]).toEqual([
				t.change!.military,
				t.change!.trade,
				t.change!.tension,
				t.change!.net
			]);
			if (r.trade_score === null || r.compare_trade_score === null) expect(r.trade_change).toBeNull();
		}
		const table = spreadsheet(tiesCsv(rows, view));
		expect(table.columns).toEqual([...DATA_COLUMNS, ...COMPARE_COLUMNS]);
		expect(csvParseRows(tiesCsv(rows, view).slice(1)).slice(1)).toEqual(
			rows.map((r) => cellsOf(r, [...DATA_COLUMNS, ...COMPARE_COLUMNS]).map(neutralise))
		);
		const json = JSON.parse(tiesJson(d, view, [2019], rows));
		expect(json.codebook.map((e: { column: string }) => e.column)).toEqual([...DATA_COLUMNS, ...COMPARE_COLUMNS]);
		const all = tieRows(d, view, exportYears(d, view, true));
		expect(new Set(all.map((r) => r.compare_year))).toEqual(new Set([2016]));
		expect(dataFileName(view, 'csv', true)).toBe('alliance-atlas-all-years-from-2016-military-trade-tension.csv');
		expect(dataFileName(view, 'csv', false)).toBe('alliance-atlas-2016-to-2019-military-trade-tension.csv');
	});

	it('reads back through a real CSV parser (d3-dsv) as written: non-ASCII names, commas, quotes and line breaks, formulas neutralised', () => {
		const titles = ['Séoul, "Pyongyang" et\r\nTokyo', ' =1+1', '\u200B=1+1', '\uFEFF=1+1', '@SUM(A1)', '東京｜서울 — 2016', '-cmd'];
		const names: Record<string, string> = {
			KOR: 'Corée du Sud (대한민국), "ROK"',
			JPN: ' =1+1',
			CHN: '\u200B=1+1',
			USA: '\uFEFF=1+1',
			RUS: '@Россия',
			MNG: 'Монгол Улс\nMongolia'
		};
		const awkward: Dataset = {
			...d,
			actors: d.actors.map((a) => (names[a.id] ? { ...a, name: names[a.id]! } : a)),
			evidence: d.evidence.map((e, i) => ({ ...e, title: titles[i % titles.length] }))
		};
		const view = at({ year: 2016 });
		const rows = tieRows(awkward, view);
		const csv = tiesCsv(rows, view);
		const cells = csvParseRows(csv.slice(1));
		expect(cells[0]).toEqual([...DATA_COLUMNS]);
		// What a spreadsheet sees: every cell as written, no formula (each neutralised with an apostrophe) …
		expect(cells.slice(1)).toEqual(rows.map((r) => cellsOf(r, DATA_COLUMNS).map(neutralise)));
		expect(cells.flat().filter(isFormula)).toEqual([]);
		// … and, the apostrophe taken off again, the values themselves.
		expect(parseCsv(csv).slice(1)).toEqual(rows.map((r) => cellsOf(r, DATA_COLUMNS)));
		const table = spreadsheet(csv);
		expect(table.find((r) => r.state_b === 'KOR' && r.state_a === 'CHN')!.state_b_name).toBe('Corée du Sud (대한민국), "ROK"');
		expect(table.find((r) => r.state_a === 'CHN' && r.state_b === 'JPN')!.state_b_name).toBe("' =1+1");
		expect(table.find((r) => r.state_a === 'CHN' && r.state_b === 'USA')!.state_b_name).toBe("'\uFEFF=1+1");
		expect(table.find((r) => r.state_a === 'CHN')!.state_a_name).toBe("'\u200B=1+1");
		const multiline = rows.find((r) => r.evidence_titles.includes(titles[0]!))!;
		expect(table.find((r) => r.state_a === multiline.state_a && r.state_b === multiline.state_b)!.evidence_titles).toContain(titles[0]);
		// The JSON export gives the same values, lists as arrays.
		expect(JSON.parse(tiesJson(awkward, view, [2016], rows)).ties).toEqual(rows);
	});

	it('gives the same ties as JSON, with the dataset, the view, the years and the codebook of its columns', () => {
		const view = at({ year: 2016, min: 0.3, states: ['CHN', 'JPN', 'KOR', 'USA'] });
		const file = dataExport(d, view, 'json', false);
		expect(file.type).toBe('application/json');
		expect(file.name).toBe(exportFileName(view, 'json'));
		const json = JSON.parse(file.text);
		expect(Object.keys(json)).toEqual(['dataset', 'view', 'years', 'codebook', 'ties']);
		expect(json.dataset).toEqual({
			name: d.meta.name,
			version: d.meta.version,
			sources: expect.stringMatching(/^\d+ sources \(\d+ primary, \d+ reporting, \d+ secondary\); each tie’s source_urls/)
		});
		expect(json.view).toEqual(view);
		expect(json.years).toEqual([2016]);
		expect(json.codebook).toEqual(DATA_CODEBOOK.filter((e) => e.present === 'always'));
		const rows = tieRows(d, view);
		expect(rows.length).toBeGreaterThan(0);
		expect(json.ties).toEqual(rows);
		for (const t of json.ties) {
			expect(Object.keys(t)).toEqual([...DATA_COLUMNS]);
			expect(view.states).toEqual(expect.arrayContaining([t.state_a, t.state_b]));
		}
		const csv = dataExport(d, view, 'csv', false);
		expect(csv.type).toBe('text/csv; charset=utf-8; header=present');
		expect(csv.name).toBe(exportFileName(view, 'csv'));
		expect(parseCsv(csv.text)).toEqual([[...DATA_COLUMNS], ...rows.map((r) => cellsOf(r, DATA_COLUMNS))]);
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
