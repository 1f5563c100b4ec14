/**
 * CSV (RFC 4180) writing (with d3-dsv) and parsing. Cells that a spreadsheet would run as a formula — text
 * starting with =, +, - or @ (also after spaces and invisible characters), a tab or a carriage return —
 * are neutralised with a leading
 * apostrophe; plain numbers are left alone. `parseCsv` undoes exactly that, so a file written here
 * reads back to the same cells.
 */

import { csvFormatValue } from 'd3-dsv';
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
 * Rows to CSV text: d3-dsv quotes and escapes each cell as RFC 4180 says, after it is neutralised; rows
 * end in CRLF (RFC 4180's line end, which every spreadsheet reads). A cell that starts with a
 * byte-order mark is quoted too, so that at the start of a file it is never taken for the file's own
 * mark (which spreadsheets and `parseCsv` drop).
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	const format = (c: Cell) => {
		const text = neutralise(c === null || c === undefined ? '' : String(c));
		return text.startsWith('\uFEFF') ? `"${text.replace(/"/g, '""')}"` : csvFormatValue(text);
	};
	return rows.map((row) => row.map(format).join(',')).join('\r\n') + '\r\n';
}

export { parseCsv } from '../data/csv-parse';
