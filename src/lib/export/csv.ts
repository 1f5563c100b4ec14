/**
 * CSV (RFC 4180) writing (with d3-dsv) and parsing. Cells that a spreadsheet would run as a formula — text
 * starting with =, +, - or @ (also after spaces and invisible characters), a tab or a carriage return —
 * are neutralised with a leading
 * apostrophe; plain numbers are left alone. `parseCsv` undoes exactly that, so a file written here
 * reads back to the same cells.
 */

import { csvFormatRows } from 'd3-dsv';
import { FORMULA_START } from '../data/csv-parse';

export type Cell = string | number | boolean | null | undefined;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/i;

/** A cell as text a spreadsheet will not execute; plain numbers stay numbers. */
export function neutralise(text: string): string {
	if (PLAIN_NUMBER.test(text)) return text;
	// An apostrophe already in front of a formula character is protected too, so that parsing can
	// remove exactly one apostrophe and give back the original.
	if (FORMULA_START.test(text.replace(/^'+/, ''))) return `'${text}`;
	return text;
}

/** True when a spreadsheet would run this cell as a formula. */
export function isFormula(cell: string): boolean {
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

/**
 * Rows to CSV text: d3-dsv quotes and escapes each row as RFC 4180 says, after every cell is
 * neutralised; rows end in CRLF (RFC 4180's line end, which every spreadsheet reads).
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return (
		rows.map((row) => csvFormatRows([row.map((c) => neutralise(c === null || c === undefined ? '' : String(c)))])).join('\r\n') + '\r\n'
	);
}

export { parseCsv } from '../data/csv-parse';
