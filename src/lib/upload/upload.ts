/**
 * A dataset a reader loads in the browser: one JSON file (today's format), JSON part files, or one CSV
 * file per table (meta, actors, sources, evidence, trade; totals and gaps optional). Every file is
 * decoded strictly as UTF-8 and checked by the same validator as `data:check`; CSV cells are typed by
 * column, and messages name the file, the row (the header is row 1) and the column. Pure: it runs in
 * a Web Worker, in Node tests and in the bench alike.
 */
import { coverage } from '../cli/coverage';
import { CSV_PARTS as PARTS, csvTableSet, validateCsvTables, type Part } from '../data/csv-tables';
import { decodeText, validateDatasetFile, validateDatasetFolder } from '../data/load';
import type { Dataset } from '../data/types';
import { validateDataset, type DatasetInput, type FileNames } from '../data/validate';

export { csvTables, readCsvTable } from '../data/csv-tables';

export interface UploadFile {
	name: string;
	bytes: Uint8Array;
}

export type UploadResult = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; errors: string[] };

const byteSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
/** The largest total a reader may load in the browser. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Validate the files a reader chose. `progress` is told each step (for a large file's indicator).
 * Warnings (e.g. trade years with neither a figure nor a documented gap) do not block.
 */
export function loadUpload(files: readonly UploadFile[], progress: (step: string) => void = () => {}): UploadResult {
	if (files.length === 0) return { ok: false, errors: ['no file chosen'] };
	const total = files.reduce((n, f) => n + f.bytes.length, 0);
	if (total > MAX_UPLOAD_BYTES)
		return { ok: false, errors: [`the files are ${byteSize(total)} together; at most ${byteSize(MAX_UPLOAD_BYTES)}`] };
	const texts: { name: string; text: string }[] = [];
	const errors: string[] = [];
	for (const f of files) {
		progress(`Reading ${f.name} (${byteSize(f.bytes.length)})`);
		const d = decodeText(f.bytes, f.name);
		if (d.ok) texts.push({ name: f.name, text: d.text });
		else errors.push(d.error);
	}
	if (errors.length) return { ok: false, errors };
	progress('Checking the data');
	const ext = (n: string) => n.toLowerCase().split('.').pop();
	const exts = new Set(texts.map((t) => ext(t.name)));
	let result: { ok: true; dataset: Dataset } | { ok: false; errors: string[] };
	if (exts.size > 1) return { ok: false, errors: ['give one JSON file, JSON part files, or CSV files — not a mix'] };
	if (exts.has('csv')) {
		const set = csvTableSet(texts);
		if (!set.ok) return set;
		result = validateCsvTables(set.tables);
	} else if (exts.has('json')) {
		if (texts.length === 1) result = validateDatasetFile(texts[0]!.text, texts[0]!.name);
		else {
			const parts: Partial<Record<Part, string>> = {};
			for (const t of texts) {
				const part = t.name.replace(/\.json$/i, '').toLowerCase() as Part;
				if (!PARTS.includes(part)) errors.push(`${t.name}: not a part of a dataset (parts: ${PARTS.map((p) => `${p}.json`).join(', ')})`);
				else parts[part] = t.text;
			}
			if (errors.length) return { ok: false, errors };
			result = validateDatasetFolder(parts, 'your files');
		}
	} else return { ok: false, errors: [`${texts[0]!.name}: give a .json or .csv file`] };
	if (!result.ok) return result;
	progress('Computing coverage');
	const report = coverage(result.dataset);
	const warnings = [...report.warnings, ...report.problems];
	return { ok: true, dataset: result.dataset, warnings };
}

/** JSON parse of a stored dataset (as IndexedDB keeps it) — re-validated, since storage can be edited. */
export function revalidate(json: unknown): ReturnType<typeof validateDataset> {
	if (!json || typeof json !== 'object') return { ok: false, errors: ['the stored dataset is not an object'] };
	return validateDataset(json as DatasetInput, Object.fromEntries(PARTS.map((p) => [p, 'stored dataset'])) as FileNames);
}
