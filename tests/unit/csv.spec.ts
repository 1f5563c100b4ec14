import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormula, neutralise, parseCsv, toCsv } from '../../src/lib/export/csv';

describe('csv', () => {
	it.each([
		{ input: '=SUM(A1)', expected: "'=SUM(A1)" },
		{ input: '+1+2', expected: "'+1+2" },
		{ input: '-cmd', expected: "'-cmd" },
		{ input: '@x', expected: "'@x" },
		{ input: '\tx', expected: "'\tx" },
		{ input: '\rx', expected: "'\rx" },
		{ input: "'=x", expected: "''=x" },
		{ input: ' =1+1', expected: "' =1+1" },
		{ input: '\u200B=1+1', expected: "'\u200B=1+1" },
		// Direction marks and isolates are invisible too.
		{ input: '\u200E=1+1', expected: "'\u200E=1+1" },
		{ input: '\u2067@SUM(A1)', expected: "'\u2067@SUM(A1)" },
		{ input: '\uFEFF=1+1', expected: "'\uFEFF=1+1" },
		{ input: '\u00A0@SUM(A1)', expected: "'\u00A0@SUM(A1)" },
		{ input: "' =x", expected: "'' =x" },
		{ input: ' plain', expected: ' plain' },
		{ input: '-0.25', expected: '-0.25' },
		{ input: '42', expected: '42' },
		{ input: 'South Korea', expected: 'South Korea' }
	])('neutralises $input', ({ input, expected }) => {
		expect(neutralise(input)).toBe(expected);
	});

	it('leaves no formula for a spreadsheet, and says which cells would be one', () => {
		const csv = toCsv([['=1+1', '-x', '-2.5', '@a', 'ok']]);
		expect(parseCsv(csv, { raw: true })[0]).toEqual(["'=1+1", "'-x", '-2.5', "'@a", 'ok']);
		expect(parseCsv(csv, { raw: true })[0]!.filter(isFormula)).toEqual([]);
		expect(['=1', '+1', '-a', '@b', '-2', 'x'].map(isFormula)).toEqual([true, true, true, true, false, false]);
	});

	it('neutralises a formula behind any spaces and invisible characters, and reads every cell back as it was', () => {
		const invisible = fc.constantFrom(
			' ',
			'\u200B',
			'\u200C',
			'\u200D',
			'\u200E',
			'\u200F',
			'\u2060',
			'\u2066',
			'\u2069',
			'\uFEFF',
			'\u00A0',
			'\u3000'
		);
		const lead = fc.array(invisible, { maxLength: 4 }).map((xs) => xs.join(''));
		const cell = fc.tuple(fc.constantFrom('', "'", "''"), lead, fc.constantFrom('=', '+', '-', '@', 'a'), fc.string({ maxLength: 8 }));
		fc.assert(
			fc.property(
				fc.array(
					cell.map((parts) => parts.join('')),
					{ minLength: 1, maxLength: 6 }
				),
				(cells) => {
					const csv = toCsv([cells]);
					expect(parseCsv(csv, { raw: true })[0]!.filter(isFormula)).toEqual([]);
					expect(parseCsv(csv)[0]).toEqual(cells);
				}
			)
		);
	});

	it('quotes commas, quotes and line breaks', () => {
		expect(toCsv([['a,b', 'say "hi"', 'x\ny', 1, null]])).toBe('"a,b","say ""hi""","x\ny",1,\r\n');
	});

	it('reports an unclosed quote with its line', () => {
		expect(() => parseCsv('a,b\n"c,d\n')).toThrow('line 2: a quoted cell is never closed');
	});

	it('takes a byte-order mark at the start as the file’s (the data exports write one for Excel), and keeps a cell’s own', () => {
		expect(parseCsv('\uFEFFyear,state_a\r\n2016,JPN\r\n')).toEqual([
			['year', 'state_a'],
			['2016', 'JPN']
		]);
		// A first cell that starts with one is quoted, so it is never taken for the file's mark.
		expect(toCsv([['\uFEFFa', 'b']])).toBe('"\uFEFFa",b\r\n');
		expect(parseCsv(toCsv([['\uFEFFa', 'b']]))).toEqual([['\uFEFFa', 'b']]);
		expect(parseCsv(`\uFEFF${toCsv([['\uFEFFa']])}`)).toEqual([['\uFEFFa']]);
	});

	it('round-trips any table of strings', () => {
		const cell = fc.string({
			unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', "'", '\t', '1', '.', '한', '日', '\uFEFF')
		});
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
				// A row that is one empty cell is a blank line, which CSV cannot tell from nothing.
				fc.pre(rows.every((r) => !(r.length === 1 && r[0] === '')));
				expect(parseCsv(toCsv(rows))).toEqual(rows);
			})
		);
	});
});
