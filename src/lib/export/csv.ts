/**
 * CSV (RFC 4180) writing (with d3-dsv) and parsing. Cells that a spreadsheet would run as a formula — text
 * starting with =, +, -, @, a tab or a carriage return — are neutralised with a leading
 * apostrophe; plain numbers are left alone. `parseCsv` undoes exactly that, so a file written here
 * reads back to the same cells.
 */

import { csvFormatRows } from 'd3-dsv';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/i;

/** A cell as text a spreadsheet will not execute; plain numbers stay numbers. */
export function neutralise(text: string): string {
	if (PLAIN_NUMBER.test(text)) return text;
	// An apostrophe already in front of a formula character is protected too, so that parsing can
	// remove exactly one apostrophe and give back the original.
	if (FORMULA_START.test(text) || /^'+[=+\-@\t\r]/.test(text)) return `'${text}`;
	return text;
}

/** True when a spreadsheet would run this cell as a formula. */
export function isFormula(cell: string): boolean {
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

function unneutralise(text: string): string {
	return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
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

/**
 * Parse CSV text into rows of cells; throws with the line number on an unterminated quote.
 * `raw` keeps the neutralising apostrophes (to check what a spreadsheet would see).
 */
export function parseCsv(text: string, options: { raw?: boolean } = {}): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let quoteLine = 0;
	let i = 0;
	const endCell = () => {
		row.push(options.raw ? cell : unneutralise(cell));
		cell = '';
	};
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
			i++;
			continue;
		}
		if (ch === '"' && cell === '') {
			quoted = true;
			quoteLine = line;
		} else if (ch === ',') endCell();
		else if (ch === '\n' || ch === '\r') {
			endCell();
			rows.push(row);
			row = [];
			if (ch === '\r' && text[i + 1] === '\n') i++;
			line++;
		} else cell += ch;
		i++;
	}
	if (quoted) throw new Error(`line ${quoteLine}: a quoted cell is never closed`);
	if (cell !== '' || row.length > 0) {
		endCell();
		rows.push(row);
	}
	return rows;
}
