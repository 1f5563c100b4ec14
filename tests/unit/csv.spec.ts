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

	it('quotes commas, quotes and line breaks', () => {
		expect(toCsv([['a,b', 'say "hi"', 'x\ny', 1, null]])).toBe('"a,b","say ""hi""","x\ny",1,\r\n');
	});

	it('reports an unclosed quote with its line', () => {
		expect(() => parseCsv('a,b\n"c,d\n')).toThrow('line 2: a quoted cell is never closed');
	});

	it('round-trips any table of strings', () => {
		const cell = fc.string({
			unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', "'", '\t', '1', '.', '한', '日')
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
