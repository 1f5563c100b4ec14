import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt, parseJson, validateDatasetFile, validateDatasetFolder } from '../../src/lib/data/load';
import { fixtureInput } from '../fixtures/dataset';

const root = new URL('../../', import.meta.url).pathname;

describe('loading a dataset from files', () => {
	it('says where JSON is broken', () => {
		const r = parseJson('{\n  "a": 1,\n  "b": }\n', 'mine.json');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toBe('mine.json: not valid JSON at line 3, column 8: expected a value');
	});

	it.each([
		{ text: '[1, 2', error: 'at line 1, column 6: expected "," or "]"' },
		{ text: '{"a" 1}', error: 'at line 1, column 6: expected ":"' },
		{ text: "{'a': 1}", error: 'at line 1, column 2: expected a property name in double quotes' },
		{ text: '[1] x', error: 'at line 1, column 5: expected the end of the file' },
		{ text: '{"a": tru}', error: 'at line 1, column 7: expected true' },
		{ text: '', error: 'at line 1, column 1: expected a value' },
		{ text: '{\n "a": "x\\qy"}', error: 'at line 2, column 10: expected an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX' },
		{ text: '["\\u12"]', error: 'at line 1, column 4: expected four hex digits after \\u' }
	])('locates $text', ({ text, error }) => {
		const r = parseJson(text, 'f.json');
		expect(r).toEqual({ ok: false, error: `f.json: not valid JSON ${error}` });
	});

	it('locates an error at any depth of nesting without overflowing the stack', () => {
		const deep = '['.repeat(200_000);
		const r = parseJson(deep, 'deep.json');
		expect(r).toEqual({ ok: false, error: 'deep.json: not valid JSON at line 1, column 200001: expected a value' });
		const closed = '['.repeat(100_000) + '1' + ']'.repeat(99_999) + '}';
		expect(parseJson(closed, 'd.json')).toEqual({
			ok: false,
			error: 'd.json: not valid JSON at line 1, column 200001: expected "," or "]"'
		});
	});

	it.each(['{"a": [1, {"b": null}], "c": "\\u00e9"}', '[]', '{}', ' 1 ', '[[[[]]]]', '{"a":{"b":{"c":[true,false]}}}'])(
		'finds nothing wrong in %s',
		(text) => {
			expect(parseJson(text, 'ok.json').ok).toBe(true);
			expect(jsonErrorAt(text)).toBeNull();
		}
	);

	it('accepts a byte-order mark', () => {
		expect(parseJson('\uFEFF{"a": 1}', 'bom.json')).toEqual({ ok: true, value: { a: 1 } });
	});

	it('validates a single-file dataset under its own name', () => {
		const input = fixtureInput() as ReturnType<typeof fixtureInput> & { evidence: { to?: string }[] };
		expect(validateDatasetFile(JSON.stringify(input), 'mine.json').ok).toBe(true);
		input.evidence[1]!.to = '2001';
		const r = validateDatasetFile(JSON.stringify(input), 'mine.json');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors).toEqual(["mine.json: evidence[1] 'jpn-kor-gsomia': to (2001) is before from (2012-07-01)"]);
	});

	it('names the missing parts of a single-file dataset', () => {
		const r = validateDatasetFile('{"meta": {}}', 'mine.json');
		expect(r).toEqual({
			ok: false,
			errors: [
				'mine.json: missing actors, sources, evidence, trade (a dataset has meta, actors, sources, evidence, trade; it may have totals, gaps)'
			]
		});
	});

	it('validates a folder and names each file', () => {
		const f = fixtureInput();
		const texts = {
			meta: JSON.stringify(f.meta),
			actors: JSON.stringify(f.actors),
			sources: '[{"id": "x"}',
			evidence: JSON.stringify(f.evidence)
		};
		const r = validateDatasetFolder(texts, 'mydata');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors[0]).toMatch(/^mydata\/sources\.json: not valid JSON/);
			expect(r.errors[1]).toBe(
				'mydata/trade.json: cannot be read (a dataset folder has meta.json, actors.json, sources.json, evidence.json, trade.json)'
			);
		}
	});

	it('`npm run data:check -- FILE` checks a researcher’s file and exits 1 with the list of problems', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aa-data-'));
		const good = join(dir, 'good.json');
		const bad = join(dir, 'bad.json');
		const input = fixtureInput() as ReturnType<typeof fixtureInput> & { sources: { url?: string }[]; gaps?: unknown[] };
		// Without a word on 2014, JPN-KOR's trade has an undocumented gap: a problem, exit 1.
		const gapless = join(dir, 'gapless.json');
		writeFileSync(gapless, JSON.stringify(input));
		input.gaps = [
			{ pair: 'JPN-KOR', from: 2014, to: 2014, reason: 'not-found', note: 'Korea Customs Service, trade by country' },
			{ pair: 'JPN-USA', from: 2010, to: 2014, reason: 'not-found', note: 'US Census, trade in goods with Japan' },
			{ pair: 'KOR-USA', from: 2010, to: 2014, reason: 'not-found', note: 'US Census, trade in goods with Korea' }
		];
		writeFileSync(good, JSON.stringify(input));
		delete input.sources[0]!.url;
		writeFileSync(bad, JSON.stringify(input));
		const run = (file: string) =>
			spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', file], { cwd: root, encoding: 'utf8' });
		const ok = run(good);
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('Fixture: valid');
		expect(ok.stdout).toContain('scores: 45 (3 pairs × 5 years × 3 layers)');
		const gap = run(gapless);
		expect(gap.status).toBe(1);
		expect(gap.stdout).toContain('problem: trade JPN-KOR: no figure and no documented gap for 2014');
		const ko = run(bad);
		expect(ko.status).toBe(1);
		expect(ko.stderr).toContain("bad.json: sources[0] 'src-a': url is missing");

		const broken = join(dir, 'broken.json');
		writeFileSync(broken, '{"meta": {,}}');
		const kb = run(broken);
		expect(kb.status).toBe(1);
		expect(kb.stderr).toContain('broken.json: not valid JSON at line 1, column 11: expected a property name in double quotes');

		const folder = join(dir, 'mydata');
		mkdirSync(folder);
		const f = fixtureInput();
		for (const part of ['meta', 'actors', 'sources', 'evidence', 'trade'] as const)
			writeFileSync(join(folder, `${part}.json`), JSON.stringify(f[part]));
		// The optional gaps.json says why the fixture's trade years without a figure have none.
		writeFileSync(join(folder, 'gaps.json'), JSON.stringify(input.gaps));
		const kf = run(folder);
		expect(kf.status).toBe(0);
		expect(kf.stdout).toContain('Fixture: valid');
		rmSync(join(folder, 'trade.json'));
		const missing = run(folder);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('mydata/trade.json: cannot be read');

		const none = run(join(dir, 'nope.json'));
		expect(none.status).toBe(2);
		expect(none.stderr).toMatch(/nope\.json: no such file or folder/);
		// Seven command runs, each starting Node and tsx: give them time on a loaded machine.
	}, 60_000);
});
