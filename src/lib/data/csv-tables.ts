/**
 * A dataset as CSV, one file per table (meta, actors, sources, evidence, trade; totals and gaps
 * optional): reading the tables with cells typed by column and messages naming file, row and column,
 * and writing a dataset (or a template of it) as such tables. Pure; the browser's loader, `data:check`
 * and `DATA=` on a folder of CSV files all read CSV through here.
 */
import { parseCsv } from './csv-parse';
import type { Dataset } from './types';
import { nearestKey, validateDataset, type DatasetInput, type FileNames } from './validate';

export type Part = keyof DatasetInput;
type Kind = 'text' | 'number' | 'boolean' | 'list';

/** Each table's columns and how each is read; a column name with "_" fills a nested field ("capital_lon" -> capital.lon). */
export const CSV_TABLES: Record<Part, { columns: Record<string, Kind>; required: string[] }> = {
	meta: {
		columns: { name: 'text', version: 'text', region: 'text', from: 'number', to: 'number', description: 'text' },
		required: ['name', 'version', 'from', 'to']
	},
	actors: {
		columns: { id: 'text', name: 'text', isoNumeric: 'text', capital_name: 'text', capital_lon: 'number', capital_lat: 'number' },
		required: ['id', 'name', 'isoNumeric', 'capital_name', 'capital_lon', 'capital_lat']
	},
	sources: {
		columns: {
			id: 'text',
			title: 'text',
			publisher: 'text',
			url: 'text',
			date: 'text',
			dateKind: 'text',
			grade: 'text',
			via_title: 'text',
			via_publisher: 'text',
			via_url: 'text'
		},
		required: ['id', 'title', 'publisher', 'url', 'date', 'grade']
	},
	evidence: {
		columns: {
			id: 'text',
			title: 'text',
			mechanism: 'text',
			pair: 'text',
			layer: 'text',
			kind: 'text',
			from: 'text',
			to: 'text',
			magnitude: 'number',
			confirmed: 'boolean',
			description: 'text',
			sources: 'list'
		},
		required: ['id', 'pair', 'layer', 'kind', 'from', 'magnitude', 'description', 'sources']
	},
	trade: {
		columns: {
			pair: 'text',
			year: 'number',
			usdBn: 'number',
			reporter: 'text',
			basis: 'text',
			alt: 'boolean',
			exportsBn: 'number',
			importsBn: 'number',
			confidence: 'text',
			note: 'text',
			seriesBreak: 'text',
			source: 'text'
		},
		required: ['pair', 'year', 'usdBn', 'reporter', 'basis', 'source']
	},
	totals: {
		columns: {
			actor: 'text',
			year: 'number',
			usdBn: 'number',
			reporter: 'text',
			basis: 'text',
			exportsBn: 'number',
			importsBn: 'number',
			note: 'text',
			source: 'text'
		},
		required: ['actor', 'year', 'usdBn', 'reporter', 'basis', 'source']
	},
	gaps: {
		columns: { pair: 'text', from: 'number', to: 'number', reason: 'text', note: 'text' },
		required: ['pair', 'from', 'to', 'reason', 'note']
	}
};

export const CSV_PARTS = Object.keys(CSV_TABLES) as Part[];
const PARTS = CSV_PARTS;
const REQUIRED: Part[] = ['meta', 'actors', 'sources', 'evidence', 'trade'];
/** One grammar for numbers in a cell: an optional minus, digits, an optional fraction. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Read one CSV table into records, or messages naming the file, row and column. */
export function readCsvTable(part: Part, text: string, file: string): { records: Record<string, unknown>[]; errors: string[] } {
	const errors: string[] = [];
	let rows: string[][];
	try {
		rows = parseCsv(text.replace(/^\uFEFF/, ''), { raw: true });
	} catch (e) {
		return { records: [], errors: [`${file}: ${(e as Error).message}`] };
	}
	// A blank last line (or blank lines) is not a record.
	if (rows.length === 0) return { records: [], errors: [`${file}: is empty; the first row names the columns`] };
	const spec = CSV_TABLES[part];
	const header = rows[0]!.map((h) => h.trim());
	const known = Object.keys(spec.columns);
	if (header.length > 100)
		return { records: [], errors: [`${file}, row 1: has ${header.length} columns; a table has at most ${known.length}`] };
	for (const h of header) {
		if (!known.includes(h)) {
			const near = nearestKey(h, known);
			errors.push(
				`${file}, row 1: unknown column "${h.slice(0, 60)}"${near ? `; did you mean "${near}"?` : `; columns: ${known.join(', ')}`}`
			);
		}
	}
	const seen = new Set<string>();
	const twice = header.filter((h) => (seen.has(h) ? true : (seen.add(h), false)));
	if (twice.length) errors.push(`${file}, row 1: column "${twice[0]}" is given twice`);
	const missing = spec.required.filter((c) => !header.includes(c));
	if (missing.length) errors.push(`${file}, row 1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
	if (errors.length) return { records: [], errors };
	const records: Record<string, unknown>[] = [];
	// Row numbers as a spreadsheet shows them: the header is row 1, a blank line is a row (skipped), and
	// a quoted cell over several lines is one row.
	rows.slice(1).forEach((row, r) => {
		if (!row.some((c) => c.trim() !== '')) return;
		const at = `${file}, row ${r + 2}`;
		if (row.length !== header.length) {
			errors.push(`${at}: has ${row.length} cells; the header has ${header.length} columns`);
			return;
		}
		const rec: Record<string, unknown> = {};
		header.forEach((col, c) => {
			const raw = row[c]!;
			if (raw.trim() === '') return;
			const kind = spec.columns[col]!;
			let value: unknown = raw;
			if (kind === 'number') {
				if (!NUMBER.test(raw.trim())) {
					errors.push(`${at}, column ${col}: ${JSON.stringify(raw.slice(0, 40))} is not a number`);
					return;
				}
				value = Number(raw);
			} else if (kind === 'boolean') {
				if (!/^(true|false)$/i.test(raw.trim())) {
					errors.push(`${at}, column ${col}: ${JSON.stringify(raw.slice(0, 40))} must be true or false`);
					return;
				}
				value = raw.trim().toLowerCase() === 'true';
			} else if (kind === 'list')
				value = raw
					.split(';')
					.map((s) => s.trim())
					.filter(Boolean);
			const [outer, inner] = col.split('_') as [string, string | undefined];
			if (inner && part !== 'meta') rec[outer] = { ...((rec[outer] as object) ?? {}), [inner]: value };
			else rec[col] = value;
		});
		records.push(rec);
	});
	return { records, errors };
}

/** Turn a table's messages from the validator ("evidence.csv: evidence[3] 'x': …") into rows ("evidence.csv, row 5 'x': …"). */
function rowMessages(messages: string[], files: Partial<Record<Part, string>>): string[] {
	return messages.map((m) => {
		for (const part of PARTS) {
			const file = files[part];
			if (!file || !m.startsWith(`${file}: ${part}[`)) continue;
			return m.replace(
				new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${part}\\[(\\d+)\\]`),
				(_, i: string) => `${file}, row ${Number(i) + 2}`
			);
		}
		return m;
	});
}

/** A dataset from CSV tables: `texts` maps each part to its file's name and text. */
export function validateCsvTables(
	texts: Partial<Record<Part, { file: string; text: string }>>
): { ok: true; dataset: Dataset } | { ok: false; errors: string[] } {
	const errors: string[] = [];
	const missing = REQUIRED.filter((p) => !texts[p]);
	if (missing.length)
		errors.push(
			`missing ${missing.map((p) => `${p}.csv`).join(', ')} (a CSV dataset has ${REQUIRED.map((p) => `${p}.csv`).join(', ')}; it may have totals.csv and gaps.csv)`
		);
	const input: Partial<DatasetInput> = {};
	const files: Partial<Record<Part, string>> = {};
	for (const part of PARTS) {
		const t = texts[part];
		if (!t) continue;
		files[part] = t.file;
		const r = readCsvTable(part, t.text, t.file);
		errors.push(...r.errors);
		if (part === 'meta') {
			if (r.records.length !== 1 && !r.errors.length)
				errors.push(`${t.file}: must have exactly one row under the header; it has ${r.records.length}`);
			const m = r.records[0] ?? {};
			const { from, to, ...rest } = m;
			input.meta = { ...rest, years: { from, to } };
		} else input[part] = r.records;
	}
	if (errors.length) return { ok: false, errors };
	const names = Object.fromEntries(PARTS.map((p) => [p, files[p] ?? `${p}.csv`])) as FileNames;
	const result = validateDataset(input as DatasetInput, names);
	return result.ok ? result : { ok: false, errors: rowMessages(result.errors, files) };
}

/**
 * A dataset as CSV tables (file name -> text): with `limit`, each table's columns and its first rows —
 * the "Download template" (two example rows from the default data); without, the whole dataset.
 */
export function csvTables(dataset: Dataset, limit = Infinity): Record<string, string> {
	const out: Record<string, string> = {};
	const cell = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));
	const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const rows: Record<Part, Record<string, unknown>[]> = {
		meta: [{ ...dataset.meta, from: dataset.meta.years.from, to: dataset.meta.years.to }],
		actors: dataset.actors
			.slice(0, limit)
			.map((a) => ({ ...a, capital_name: a.capital.name, capital_lon: a.capital.lon, capital_lat: a.capital.lat })),
		sources: dataset.sources
			.slice(0, limit)
			.map((s) => ({ ...s, via_title: s.via?.title, via_publisher: s.via?.publisher, via_url: s.via?.url })),
		evidence: dataset.evidence.slice(0, limit) as unknown as Record<string, unknown>[],
		trade: dataset.trade.slice(0, limit) as unknown as Record<string, unknown>[],
		totals: dataset.totals.slice(0, limit) as unknown as Record<string, unknown>[],
		gaps: dataset.gaps.slice(0, limit) as unknown as Record<string, unknown>[]
	};
	for (const part of PARTS) {
		const cols = Object.keys(CSV_TABLES[part].columns);
		out[`${part}.csv`] = [cols.join(','), ...rows[part].map((r) => cols.map((c) => quote(cell(r[c]))).join(','))].join('\r\n') + '\r\n';
	}
	return out;
}

/** Name each CSV file's table ("evidence.csv" → evidence, any case): unknown names (with the nearest table) and tables given twice are errors. */
export function csvTableSet(
	files: readonly { name: string; text: string }[]
): { ok: true; tables: Partial<Record<Part, { file: string; text: string }>> } | { ok: false; errors: string[] } {
	const tables: Partial<Record<Part, { file: string; text: string }>> = {};
	const errors: string[] = [];
	for (const f of files) {
		const part = f.name.replace(/\.csv$/i, '').toLowerCase() as Part;
		if (!PARTS.includes(part)) {
			const near = nearestKey(part, PARTS);
			errors.push(
				`${f.name}: not a table of a dataset${near ? `; did you mean "${near}.csv"?` : ''} (tables: ${PARTS.map((p) => `${p}.csv`).join(', ')})`
			);
		} else if (tables[part]) errors.push(`${f.name}: ${part}.csv is given twice`);
		else tables[part] = { file: f.name, text: f.text };
	}
	return errors.length ? { ok: false, errors } : { ok: true, tables };
}
