/** Loading a dataset in the browser: JSON or CSV tables, typed by column, with file, row and column in every message. */
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { csvTables, loadUpload, readCsvTable, type UploadFile } from '../../src/lib/upload/upload';
import { validateDataset } from '../../src/lib/data/validate';
import { fixtureInput } from '../fixtures/dataset';

const enc = new TextEncoder();
const file = (name: string, text: string): UploadFile => ({ name, bytes: enc.encode(text) });
const fixture = (() => {
	const r = validateDataset(fixtureInput());
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.dataset;
})();
const csvFiles = (tables = csvTables(fixture)) => Object.entries(tables).map(([n, t]) => file(n, t));

describe('loadUpload', () => {
	it('reads a whole dataset back from its CSV tables', () => {
		const r = loadUpload(csvFiles());
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (r.ok) {
			expect(r.dataset.meta).toEqual(fixture.meta);
			expect(r.dataset.actors).toEqual(fixture.actors);
			expect(r.dataset.evidence).toEqual(fixture.evidence);
			expect(r.dataset.trade).toEqual(fixture.trade);
		}
	});

	it('reads the default dataset back from CSV, and from its JSON', () => {
		const d = defaultDataset();
		const csv = loadUpload(csvFiles(csvTables(d)));
		expect(csv.ok ? [] : csv.errors.slice(0, 3)).toEqual([]);
		if (csv.ok) expect(csv.dataset).toEqual(d);
		const json = loadUpload([file('atlas.json', JSON.stringify(d))]);
		expect(json.ok).toBe(true);
	});

	it('gives the template two example rows per table, with every column', () => {
		const t = csvTables(defaultDataset(), 2);
		expect(Object.keys(t).sort()).toEqual(['actors.csv', 'evidence.csv', 'gaps.csv', 'meta.csv', 'sources.csv', 'totals.csv', 'trade.csv']);
		expect(t['evidence.csv']!.trim().split('\r\n')[0]).toBe(
			'id,title,mechanism,pair,layer,kind,from,to,magnitude,confirmed,description,sources'
		);
		expect(t['actors.csv']!.trim().split('\r\n')).toHaveLength(3);
	});

	it.each([
		[
			'evidence.csv',
			(t: string) => t.replace('magnitude', 'magnitud'),
			'evidence.csv, row 1: unknown column "magnitud"; did you mean "magnitude"?'
		],
		[
			'evidence.csv',
			(t: string) => t.replace(/,3,true,/, ',three,true,'),
			'evidence.csv, row 2, column magnitude: "three" is not a number'
		],
		['evidence.csv', (t: string) => t.replace(/,3,true,/, ',3,yes,'), 'evidence.csv, row 2, column confirmed: "yes" must be true or false'],
		[
			'evidence.csv',
			(t: string) => t.replace(/,3,true,/, ',4,true,'),
			"evidence.csv, row 2 'jpn-usa-treaty': magnitude (4) must be 1, 2 or 3"
		],
		[
			'trade.csv',
			(t: string) => t.replace(/\r\n([^\r\n]+)\r\n/, '\r\n$1,extra\r\n'),
			'trade.csv, row 2: has 13 cells; the header has 12 columns'
		],
		['actors.csv', (t: string) => t.replace('capital_lat', 'latitude'), 'actors.csv, row 1: missing column capital_lat'],
		[
			'sources.csv',
			(t: string) => t.replace('https://example.org/a', 'javascript:alert(1)'),
			"sources.csv, row 2 'src-a': url (javascript:alert(1)) must be an http(s) address"
		],
		['evidence.csv', (t: string) => `${t}"unterminated,`, 'evidence.csv: ']
	])('%s broken: %s', (name, breakIt, message) => {
		const tables = csvTables(fixture);
		tables[name] = breakIt(tables[name]!);
		const r = loadUpload(csvFiles(tables));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.join('\n')).toContain(message);
	});

	it('takes CRLF, LF, a BOM and quoted newlines alike, and keeps formula-looking text as text', () => {
		const tables = csvTables(fixture);
		tables['evidence.csv'] =
			'\uFEFF' +
			tables['evidence.csv']!.replace(/\r\n/g, '\n')
				.replace('Treaty.', '"Treaty,\nwith a line break"')
				.replace('Pact.', '"=HYPERLINK(""x"")"');
		const r = loadUpload(csvFiles(tables));
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (r.ok) {
			expect(r.dataset.evidence.find((e) => e.id === 'jpn-usa-treaty')!.description).toBe('Treaty,\nwith a line break');
			expect(r.dataset.evidence.find((e) => e.id === 'jpn-kor-gsomia')!.description).toBe('=HYPERLINK("x")');
		}
	});

	it('refuses a mix of formats, unknown tables, a missing table and bytes that are not UTF-8', () => {
		const mixed = loadUpload([file('a.json', '{}'), file('actors.csv', 'id\n')]);
		expect(mixed).toEqual({ ok: false, errors: ['give one JSON file, JSON part files, or CSV files — not a mix'] });
		const unknown = loadUpload([...csvFiles(), file('evidense.csv', 'x\n')]);
		expect(unknown.ok ? '' : unknown.errors[0]).toContain('evidense.csv: not a table of a dataset; did you mean "evidence.csv"?');
		const missing = loadUpload(csvFiles().filter((f) => f.name !== 'trade.csv'));
		expect(missing.ok ? '' : missing.errors[0]).toContain('missing trade.csv');
		const latin = loadUpload([{ name: 'd.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) }]);
		expect(latin.ok ? '' : latin.errors[0]).toBe(
			'd.json: is not UTF-8: byte 1 (0xE9) does not start or continue a UTF-8 character; the file looks like Latin-1 or Windows-1252 — save it as UTF-8'
		);
	});

	it('gives warnings that do not block: trade years with neither figure nor documented gap', () => {
		const r = loadUpload(csvFiles());
		expect(r.ok && r.warnings.some((w) => w.includes('JPN-USA'))).toBe(true);
	});

	it('reads one table with typed cells', () => {
		const r = readCsvTable(
			'actors',
			'id,name,isoNumeric,capital_name,capital_lon,capital_lat\nEST,Estonia,233,Tallinn,24.75,59.44\n',
			'actors.csv'
		);
		expect(r).toEqual({
			records: [{ id: 'EST', name: 'Estonia', isoNumeric: '233', capital: { name: 'Tallinn', lon: 24.75, lat: 59.44 } }],
			errors: []
		});
	});
});

describe('the CSV fixture set', () => {
	it('is the triangle dataset as CSV tables, and loads', async () => {
		const { readFileSync, readdirSync } = await import('node:fs');
		const dir = new URL('../fixtures/data/triangle-csv/', import.meta.url).pathname;
		const files = readdirSync(dir).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(dir + n)) }));
		const r = loadUpload(files);
		expect(r.ok ? [] : r.errors).toEqual([]);
		const json = loadUpload([
			{ name: 'triangle.json', bytes: new Uint8Array(readFileSync(new URL('../fixtures/data/triangle.json', import.meta.url))) }
		]);
		if (r.ok && json.ok) expect(r.dataset).toEqual(json.dataset);
	});
});
