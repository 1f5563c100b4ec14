/**
 * Reading a dataset from disk for the command line and the server's `DATA=`: a JSON file, a folder of
 * JSON part files, or a folder of CSV tables. Only regular files are read — a pipe, a device or a socket would hang or never end, a
 * symlink loop never resolves — and each is named as such; bytes are decoded strictly as UTF-8.
 */
import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeText, validateDatasetFile, validateDatasetFolder } from '../data/load';
import { csvTableSet, validateCsvTables } from '../data/csv-tables';
import { DEFAULT_FILE_NAMES, type ValidationResult } from '../data/validate';

/** The largest file read (bytes): well above any real dataset, well below what would exhaust memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

type Read = { ok: true; text: string } | { ok: false; error: string; missing?: boolean };

function kind(st: Stats): string | null {
	if (st.isFile()) return null;
	if (st.isDirectory()) return 'a folder';
	if (st.isFIFO()) return 'a named pipe';
	if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
	if (st.isSocket()) return 'a socket';
	return 'not a regular file';
}

function statError(path: string, e: unknown): { error: string; missing?: boolean } {
	const code = (e as { code?: string }).code;
	if (code === 'ELOOP') return { error: `${path}: is a symbolic link loop` };
	if (code === 'ENOENT') return { error: `${path}: no such file or folder`, missing: true };
	if (code === 'EACCES') return { error: `${path}: permission denied` };
	if (code === 'ENOTDIR') return { error: `${path}: a part of the path is not a folder` };
	return { error: `${path}: cannot be read (${code ?? 'unknown error'})` };
}

/** Read one file's text: a regular file, at most MAX_FILE_BYTES, strict UTF-8. */
export function readTextFile(path: string, name = path): Read {
	let st: Stats;
	try {
		st = statSync(path);
	} catch (e) {
		return { ok: false, ...statError(name, e) };
	}
	const k = kind(st);
	if (k) return { ok: false, error: `${name}: is ${k}; give a regular file` };
	if (st.size > MAX_FILE_BYTES) return { ok: false, error: `${name}: is ${st.size} bytes; at most ${MAX_FILE_BYTES}` };
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		return { ok: false, ...statError(name, e) };
	}
	const decoded = decodeText(bytes, name);
	return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, error: decoded.error };
}

/** Validate the dataset at `path` (a file or a folder of part files). */
export function readDataset(path: string): ValidationResult {
	let st: Stats;
	try {
		st = statSync(path);
	} catch (e) {
		return { ok: false, errors: [statError(path, e).error] };
	}
	if (st.isDirectory()) {
		const csv = readdirSync(path).filter((f) => f.toLowerCase().endsWith('.csv'));
		if (csv.length) return readCsvFolder(path, csv);
		const texts: Record<string, string | undefined> = {};
		const errors: string[] = [];
		for (const [part, file] of Object.entries(DEFAULT_FILE_NAMES)) {
			const r = readTextFile(join(path, file), `${basename(path)}/${file}`);
			if (r.ok) texts[part] = r.text;
			else if (!r.missing) errors.push(r.error);
		}
		if (errors.length) return { ok: false, errors };
		return validateDatasetFolder(texts, basename(path));
	}
	const r = readTextFile(path, basename(path));
	if (!r.ok) return { ok: false, errors: [r.error] };
	return validateDatasetFile(r.text, basename(path));
}

/** A folder of CSV tables: each file must be a table's (meta.csv, actors.csv, …). */
function readCsvFolder(path: string, files: string[]): ValidationResult {
	const errors: string[] = [];
	const texts: { name: string; text: string }[] = [];
	for (const f of files) {
		const r = readTextFile(join(path, f), f);
		if (r.ok) texts.push({ name: f, text: r.text });
		else errors.push(r.error);
	}
	if (errors.length) return { ok: false, errors };
	const set = csvTableSet(texts);
	return set.ok ? validateCsvTables(set.tables) : set;
}

/** At most `max` messages, then "… and N more", so a file of 100,000 bad records prints a screenful. */
export function capMessages(messages: readonly string[], max = 50): string[] {
	return messages.length <= max ? [...messages] : [...messages.slice(0, max), `… and ${messages.length - max} more`];
}
