/**
 * `npx tsx scripts/bad-data.ts`: writes tests/fixtures/bad-data/ — broken or hostile dataset files, each
 * with the message it must get (expected.json: file -> a part of the message). tests/unit/bad-data.spec.ts
 * runs every one through the same reader as `data:check` and `DATA=`. Pipes and symlink loops are made
 * by the test itself (git keeps neither).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fixtureInput } from '../tests/fixtures/dataset';
import { validateDataset } from '../src/lib/data/validate';
import { csvTables } from '../src/lib/upload/upload';

const dir = 'tests/fixtures/bad-data';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
type D = ReturnType<typeof fixtureInput> & Record<string, unknown>;
const expected: Record<string, string> = {};
const base = () => fixtureInput() as D;
const ev = (d: D, i = 0) => (d.evidence as Record<string, unknown>[])[i]!;

function json(name: string, expect: string, change: (d: D) => void) {
	const d = base();
	change(d);
	file(name, JSON.stringify(d, null, 1), expect);
}
function file(name: string, content: string | Uint8Array, expect: string) {
	writeFileSync(`${dir}/${name}`, content);
	expected[name] = expect;
}
const text = JSON.stringify(base());

json('years-huge.json', 'years.to (100000000) must be from 1800 to 2200', (d) => ((d.meta as { years: { to: number } }).years.to = 1e8));
json('years-1e20.json', 'must be from 1800 to 2200', (d) => ((d.meta as { years: { to: number } }).years.to = 1e20));
json('years-negative.json', 'years.from (-5) must be from 1800 to 2200', (d) => ((d.meta as { years: { from: number } }).years.from = -5));
json('years-span.json', 'span 301 years; at most 300', (d) => ((d.meta as { years: unknown }).years = { from: 1850, to: 2150 }));
json(
	'years-reversed.json',
	'years.from (2014) is after years.to (2010)',
	(d) => ((d.meta as { years: unknown }).years = { from: 2014, to: 2010 })
);
json('years-fraction.json', 'years.to must be a whole year', (d) => ((d.meta as { years: { to: number } }).years.to = 2012.5));
json('date-year-0099.json', 'from (0099) is out of range: dates run from 1800 to 2200', (d) => (ev(d).from = '0099'));
json('date-feb-30.json', 'from (2011-02-30) is not a date', (d) => (ev(d, 2).from = '2011-02-30'));
json('date-words.json', 'from (last spring) is not a date', (d) => (ev(d).from = 'last spring'));
json('end-before-start.json', 'to (2012-01) is before from (2012-07-01)', (d) => (ev(d, 1).to = '2012-01'));
json('typo-confirmd.json', 'unknown field "confirmd"; did you mean "confirmed"?', (d) => (ev(d).confirmd = false));
json('typo-To.json', 'unknown field "To"; did you mean "to"?', (d) => (ev(d, 1).To = '2013-06-30'));
json(
	'typo-nested.json',
	'unknown field "capital.lonn"; did you mean "capital.lon"?',
	(d) => (((d.actors as Record<string, unknown>[])[0]!.capital as Record<string, unknown>).lonn = 1)
);
json('typo-meta.json', 'unknown field "nmae"; did you mean "name"?', (d) => ((d.meta as Record<string, unknown>).nmae = 'x'));
json('typo-part.json', 'unknown part "evidnce"; did you mean "evidence"?', (d) => (d.evidnce = []));
json('proto-record.json', 'unknown field "__proto__"', () => {});
file(
	'proto-record.json',
	text.replace('"id":"jpn-usa-treaty"', '"id":"jpn-usa-treaty","__proto__":{"confirmed":false}'),
	'unknown field "__proto__"'
);
file('proto-top.json', text.replace('{"meta"', '{"__proto__":{"x":1},"meta"'), 'unknown part "__proto__"');
file(
	'duplicate-key.json',
	text.replace('"confirmed":true', '"confirmed":true,"confirmed":false'),
	'the key "confirmed" is given twice in one object'
);
file('duplicate-key-nested.json', text.replace('"lon":139.65', '"lon":139.65,"lon":0'), 'the key "lon" is given twice in one object');
file(
	'latin1.json',
	Buffer.concat([Buffer.from(text.replace('"Treaty."', '"Trait')), Buffer.from([0xe9]), Buffer.from('."')]),
	'is not UTF-8: byte'
);
file(
	'windows-1252-quote.json',
	Buffer.concat([Buffer.from(text.replace('"Treaty."', '"')), Buffer.from([0x93]), Buffer.from('Treaty"')]),
	'looks like Latin-1 or Windows-1252'
);
file('utf16le-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'is UTF-16');
file('utf16be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'is UTF-16');
file('utf16le-no-bom.json', Buffer.from(text, 'utf16le'), 'looks like UTF-16');
file(
	'overlong-utf8.json',
	Buffer.concat([Buffer.from(text.replace('"Treaty."', '"')), Buffer.from([0xc0, 0xaf]), Buffer.from('"')]),
	'is not UTF-8: byte'
);
file('empty-file.json', '', 'not valid JSON at line 1, column 1: expected a value');
file('whitespace-only.json', '  \n\n ', 'not valid JSON');
file('unclosed-10700.json', '['.repeat(10_700), 'not valid JSON at line 1, column 10701');
file(
	'deep-valid-nesting-in-field.json',
	text.replace('"pair":"JPN-USA"', `"pair":${'['.repeat(50_000)}${']'.repeat(50_000)}`),
	'pair must be text'
);
file('trailing-comma.json', text.replace(/]}$/, '],}'), 'not valid JSON');
file('comment.json', `// my data\n${text}`, 'not valid JSON at line 1, column 1');
file('single-quotes.json', text.replace('"Fixture"', "'Fixture'"), 'not valid JSON');
file('nan.json', text.replace('"magnitude":3', '"magnitude":NaN'), 'not valid JSON');
file('infinity.json', text.replace('"usdBn":100', '"usdBn":1e400'), 'usdBn must be a finite number');
file('top-array.json', `[${text}]`, 'must be a JSON object with');
json('missing-part.json', 'missing trade', (d) => delete (d as Partial<D>).trade);
json('empty-dataset.json', 'the dataset has no evidence and no trade figures', (d) => {
	d.evidence = [];
	d.trade = [];
});
json('no-actors.json', 'actors has no states: a dataset needs at least two', (d) => (d.actors = []));
json('one-actor.json', 'actors has one state: a dataset needs at least two', (d) => {
	d.actors = (d.actors as unknown[]).slice(0, 1);
	d.evidence = [];
	d.trade = [];
});
json('unknown-actor.json', 'pair (JPN-XXX): unknown actor "XXX"', (d) => (ev(d).pair = 'JPN-XXX'));
json('pair-order.json', 'must be in alphabetical order: "JPN-USA"', (d) => (ev(d).pair = 'USA-JPN'));
json('pair-same.json', 'names the same actor twice', (d) => (ev(d).pair = 'JPN-JPN'));
json('missing-source.json', 'source "src-nowhere" is not in', (d) => (ev(d).sources = ['src-nowhere']));
json('no-sources.json', 'sources is empty: every piece of evidence needs at least one source', (d) => (ev(d).sources = []));
json('unknown-kind.json', 'kind (alliance) is unknown', (d) => (ev(d).kind = 'alliance'));
json('kind-other-layer.json', 'kind (incident) belongs to the other layer', (d) => (ev(d).kind = 'incident'));
json('magnitude-4.json', 'magnitude (4) must be 1, 2 or 3', (d) => (ev(d).magnitude = 4));
json('confirmed-string.json', 'confirmed must be true or false', (d) => (ev(d).confirmed = 'yes'));
json('duplicate-id.json', 'duplicate id (first used at evidence[0])', (d) => (ev(d, 1).id = 'jpn-usa-treaty'));
json('long-description.json', 'description is 20000 characters long; at most 10000', (d) => (ev(d).description = 'x'.repeat(20_000)));
json('title-too-long.json', 'title is 81 characters long; at most 80', (d) => (ev(d).title = 't'.repeat(81)));
json(
	'url-javascript.json',
	'url (javascript:alert(1)) must be an http(s) address',
	(d) => ((d.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)')
);
json('grade-missing.json', 'grade is missing', (d) => delete (d.sources as Record<string, unknown>[])[0]!.grade);
json(
	'lat-100.json',
	'capital.lat (100) must be within -90..90',
	(d) => (((d.actors as Record<string, unknown>[])[0]!.capital as Record<string, unknown>).lat = 100)
);
json('iso-number.json', 'isoNumeric must be text', (d) => ((d.actors as Record<string, unknown>[])[0]!.isoNumeric = 392));
json('actor-id-lower.json', 'must be an ISO 3166-1 alpha-3 code', (d) => ((d.actors as Record<string, unknown>[])[0]!.id = 'jpn'));
json('trade-year-outside.json', 'year (2030) is out of range', (d) => ((d.trade as Record<string, unknown>[])[0]!.year = 2030));
json('trade-negative.json', 'usdBn (-5) is out of range', (d) => ((d.trade as Record<string, unknown>[])[0]!.usdBn = -5));
json('trade-string-amount.json', 'usdBn must be a number', (d) => ((d.trade as Record<string, unknown>[])[0]!.usdBn = '100'));
json('trade-duplicate.json', 'duplicate figure for reporter KOR', (d) =>
	(d.trade as unknown[]).push({ ...(d.trade as Record<string, unknown>[])[0]! })
);
json('too-many-actors.json', 'actors has 61 records; at most 60', (d) => (d.actors = Array.from({ length: 61 }, () => ({}))));
json('evidence-not-list.json', 'evidence must be a list (JSON array)', (d) => (d.evidence = { a: 1 }));
json('record-not-object.json', 'evidence[0]: must be an object', (d) => ((d.evidence as unknown[])[0] = 'treaty'));
json(
	'gap-reason.json',
	'reason (lost) must be one of',
	(d) => (d.gaps = [{ pair: 'JPN-USA', from: 2010, to: 2011, reason: 'lost', note: 'n' }])
);
json(
	'total-unknown-actor.json',
	'actor "CHN" is unknown',
	(d) => (d.totals = [{ actor: 'CHN', year: 2011, usdBn: 1, reporter: 'CHN', basis: 'reported', source: 'src-b' }])
);

json('object-in-picklist.json', 'layer (an object) must be one of military, tension', (d) => (ev(d).layer = { toString: 1 }));
file(
	'deep-list-in-kind.json',
	text.replace('"kind":"defence-treaty"', `"kind":${'['.repeat(50_000)}${']'.repeat(50_000)}`),
	'kind (a list) is unknown'
);
json('meta-null.json', 'meta: this must be an object, not null', (d) => (d.meta = null));
json('capital-text.json', 'capital must be an object, not Tokyo', (d) => ((d.actors as Record<string, unknown>[])[0]!.capital = 'Tokyo'));
json('too-many-pair-years.json', 'pair-years to score; at most 100000', (d) => {
	(d.meta as { years: unknown }).years = { from: 1900, to: 2199 };
	d.actors = Array.from({ length: 40 }, (_, i) => ({
		id: `A${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
		name: `State ${i}`,
		isoNumeric: String(100 + i),
		capital: { name: 'C', lon: i, lat: 10 }
	}));
	d.evidence = [];
});
json(
	'long-url-echo.json',
	'url (javascript:',
	(d) => ((d.sources as Record<string, unknown>[])[0]!.url = 'javascript:' + 'x'.repeat(5000))
);

// CSV sets: a folder of tables each, one table broken.
const fixture = validateDataset(fixtureInput());
if (!fixture.ok) throw new Error(fixture.errors.join('\n'));
function csv(name: string, expect: string, change: (tables: Record<string, string>) => void) {
	const tables = csvTables(fixture.ok ? fixture.dataset : (undefined as never));
	change(tables);
	mkdirSync(`${dir}/${name}`);
	for (const [file, text] of Object.entries(tables)) writeFileSync(`${dir}/${name}/${file}`, text);
	expected[name] = expect;
}
csv('csv-wrong-cell-count', 'trade.csv, row 3: has 13 cells; the header has 12 columns', (t) => {
	const lines = t['trade.csv']!.split('\r\n');
	lines[2] += ',extra';
	t['trade.csv'] = lines.join('\r\n');
});
csv(
	'csv-unknown-column',
	'evidence.csv, row 1: unknown column "magnitud"; did you mean "magnitude"?',
	(t) => (t['evidence.csv'] = t['evidence.csv']!.replace('magnitude', 'magnitud'))
);
csv('csv-missing-column', 'actors.csv, row 1: missing column isoNumeric', (t) => {
	t['actors.csv'] = t['actors.csv']!.split('\r\n')
		.map((l) =>
			l
				.split(',')
				.filter((_, i) => i !== 2)
				.join(',')
		)
		.join('\r\n');
});
csv(
	'csv-not-a-number',
	'evidence.csv, row 2, column magnitude: "three" is not a number',
	(t) => (t['evidence.csv'] = t['evidence.csv']!.replace(',3,true,', ',three,true,'))
);
csv(
	'csv-number-with-comma',
	'trade.csv, row 2, column usdBn: "1,5" is not a number',
	(t) => (t['trade.csv'] = t['trade.csv']!.replace(',100,', ',"1,5",'))
);
csv(
	'csv-bad-boolean',
	'evidence.csv, row 2, column confirmed: "yes" must be true or false',
	(t) => (t['evidence.csv'] = t['evidence.csv']!.replace(',3,true,', ',3,yes,'))
);
csv('csv-unterminated-quote', 'evidence.csv: ', (t) => (t['evidence.csv'] = `${t['evidence.csv']}"never closed,`));
csv('csv-missing-table', 'missing trade.csv', (t) => delete t['trade.csv']);
csv('csv-unknown-table', 'evidense.csv: not a table of a dataset; did you mean "evidence.csv"?', (t) => {
	t['evidense.csv'] = t['evidence.csv']!;
	delete t['evidence.csv'];
});
csv('csv-two-meta-rows', 'meta.csv: must have exactly one row under the header; it has 2', (t) => {
	const [head, row] = t['meta.csv']!.split('\r\n');
	t['meta.csv'] = [head, row, row, ''].join('\r\n');
});
csv('csv-latin1-cell', 'evidence.csv: is not UTF-8', () => {});
csv(
	'csv-date-invalid',
	"evidence.csv, row 3 'jpn-kor-gsomia': from (2012-13-01) is not a date",
	(t) => (t['evidence.csv'] = t['evidence.csv']!.replace('2012-07-01', '2012-13-01'))
);
writeFileSync(
	`${dir}/csv-latin1-cell/evidence.csv`,
	Buffer.concat([
		Buffer.from('id,pair,layer,kind,from,magnitude,description,sources\r\nx,JPN-KOR,military,joint-exercise,2011,1,caf'),
		Buffer.from([0xe9]),
		Buffer.from(',src-a\r\n')
	])
);

csv('csv-row-after-blank-lines', 'evidence.csv, row 4, column magnitude: "x" is not a number', (t) => {
	const [head, ...rest] = t['evidence.csv']!.split('\r\n');
	rest[0] = rest[0]!.replace(',3,true,', ',x,true,');
	t['evidence.csv'] = [head, '', '', ...rest].join('\r\n');
});

// Text a reader should look at: kept, with a warning (not an error).
const warnings: Record<string, string> = {};
function warn(name: string, message: string, change: (d: D) => void) {
	const d = base();
	change(d);
	writeFileSync(`${dir}/${name}`, JSON.stringify(d, null, 1));
	warnings[name] = message;
}
warn('warn-formula.json', 'description starts like a spreadsheet formula', (d) => (ev(d).description = '=HYPERLINK("http://x","y")'));
warn('warn-formula-at.json', 'description starts like a spreadsheet formula', (d) => (ev(d).description = '@SUM(A1)'));
warn('warn-html.json', 'description contains HTML markup', (d) => (ev(d).description = 'Treaty <script>alert(1)</script>'));
warn('warn-html-title.json', 'title contains HTML markup', (d) => ((d.sources as Record<string, unknown>[])[0]!.title = '<b>A report</b>'));
warn('warn-unused-source.json', 'src-unused', (d) =>
	(d.sources as unknown[]).push({
		id: 'src-unused',
		title: 'Never cited',
		publisher: 'P',
		url: 'https://example.org/u',
		date: '2012',
		grade: 'primary'
	})
);

writeFileSync(`${dir}/expected.json`, JSON.stringify(expected, null, '\t') + '\n');
writeFileSync(`${dir}/expected-warnings.json`, JSON.stringify(warnings, null, '\t') + '\n');
console.log(`${Object.keys(expected).length} broken files or sets and ${Object.keys(warnings).length} warned files in ${dir}`);
