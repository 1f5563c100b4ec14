/**
 * CSV (RFC 4180) parsing, strict: an unterminated quote is an error naming its line, where lenient
 * parsers would swallow the rest of the file into one cell. Used to read a reader's CSV tables and,
 * through `export/csv.ts`, to read back what the exports write (`raw: false` undoes their
 * formula-neutralising apostrophe).
 */

/**
 * A cell a spreadsheet would run as a formula: =, +, - or @ first, also after spaces and invisible
 * characters (a zero-width space, a byte-order mark, a no-break space), or a tab or carriage return first.
 */
export const FORMULA_START = /^(?:[\s\u200B-\u200F\u2060\u2066-\u2069]*[=+\-@]|[\t\r])/;
/** The same behind the apostrophes that neutralise it (one of which parsing removes). */
const PROTECTED_FORMULA = /^'+(?:[\s\u200B-\u200F\u2060\u2066-\u2069]*[=+\-@]|[\t\r])/;

function unneutralise(text: string): string {
	return PROTECTED_FORMULA.test(text) ? text.slice(1) : text;
}

/**
 * Parse CSV text into rows of cells; throws with the line number on an unterminated quote. A UTF-8
 * byte-order mark at the start (the exports write one for Excel) is the file's, not the first cell's.
 * `raw` keeps the neutralising apostrophes (to check what a spreadsheet would see).
 */
export function parseCsv(text: string, options: { raw?: boolean } = {}): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let quoteLine = 0;
	let i = text.startsWith('\uFEFF') ? 1 : 0;
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
