/**
 * Reading a dataset from files — one JSON file holding { meta, actors, sources, evidence, trade }, or
 * a folder with one file per part, as the default dataset is kept — with messages that name the
 * file and, for broken JSON, the line and column. Pure: the caller reads the files.
 */
import {
	DEFAULT_FILE_NAMES,
	nearestKey,
	OPTIONAL_PARTS,
	REQUIRED_PARTS,
	validateDataset,
	type DatasetInput,
	type FileNames,
	type ValidationResult
} from './validate';

const PARTS = [...REQUIRED_PARTS, ...OPTIONAL_PARTS] as const;

/**
 * Where JSON text first goes wrong (engines word and place their errors differently, and Node 20's
 * do not say where): one forward scan with an explicit stack of open containers — no recursion, so
 * any depth of nesting is fine — that returns the offset and what was expected there.
 */
export function jsonErrorAt(
	text: string,
	options: { duplicates?: boolean } = {}
): { offset: number; expected: string; duplicate?: string } | null {
	let i = 0;
	const open: ('{' | '[')[] = [];
	/** The keys seen in each open object (only when looking for duplicates). */
	const keys: Set<string>[] = [];
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const fail = (expected: string): never => {
		throw { offset: i, expected };
	};
	const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail(word));
	const string = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i]! < ' ') fail('no control characters in a string');
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
					i += 5;
				} else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
				else fail('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
			} else i++;
		}
		if (i >= text.length) fail('a closing quote');
		i++;
	};
	const number = () => {
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!m) fail('a value');
		i += m![0].length;
	};
	/** A property name and its colon; the value follows. */
	const key = () => {
		ws();
		if (text[i] !== '"') fail('a property name in double quotes');
		const start = i;
		string();
		if (options.duplicates) {
			const name = JSON.parse(text.slice(start, i)) as string;
			const seen = keys[keys.length - 1]!;
			if (seen.has(name)) {
				i = start;
				throw { offset: start, expected: 'each key once in an object', duplicate: name };
			}
			seen.add(name);
		}
		ws();
		if (text[i] !== ':') fail('":"');
		i++;
	};
	try {
		let expectValue = true;
		for (;;) {
			ws();
			if (expectValue) {
				const c = text[i];
				i++;
				if (c === '{') {
					ws();
					if (text[i] === '}') {
						i++;
						expectValue = false;
					} else {
						open.push('{');
						if (options.duplicates) keys.push(new Set());
						key();
					}
				} else if (c === '[') {
					ws();
					if (text[i] === ']') {
						i++;
						expectValue = false;
					} else open.push('[');
				} else {
					i--;
					if (c === '"') string();
					else if (c === 't') literal('true');
					else if (c === 'f') literal('false');
					else if (c === 'n') literal('null');
					else number();
					expectValue = false;
				}
				continue;
			}
			const top = open[open.length - 1];
			if (top === undefined) {
				if (i < text.length) fail('the end of the file');
				return null;
			}
			if (text[i] === ',') {
				i++;
				if (top === '{') key();
				expectValue = true;
			} else if (text[i] === (top === '{' ? '}' : ']')) {
				i++;
				if (open.pop() === '{' && options.duplicates) keys.pop();
			} else fail(top === '{' ? '"," or "}"' : '"," or "]"');
		}
	} catch (e) {
		if (e && typeof e === 'object' && 'offset' in e) return e as { offset: number; expected: string; duplicate?: string };
		throw e;
	}
}

/**
 * Bytes to text, strictly as UTF-8: a file in another encoding is an error that says which (UTF-16 by
 * its byte-order mark or its zero bytes, Latin-1 or Windows-1252 by bytes above 0x7F that are not
 * UTF-8) and where the first bad byte is, rather than text quietly full of U+FFFD.
 */
export function decodeText(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; error: string } {
	const b0 = bytes[0];
	const b1 = bytes[1];
	if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
		return { ok: false, error: `${file}: is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8` };
	const sample = bytes.subarray(0, 4096);
	let zeros = 0;
	for (const b of sample) if (b === 0) zeros++;
	if (sample.length >= 4 && zeros > sample.length / 4)
		return { ok: false, error: `${file}: looks like UTF-16 (every other byte is zero); save it as UTF-8` };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const at = firstBadUtf8(bytes);
		const hex = bytes[at]?.toString(16).toUpperCase().padStart(2, '0');
		return {
			ok: false,
			error: `${file}: is not UTF-8: byte ${at} (0x${hex}) does not start or continue a UTF-8 character; the file looks like Latin-1 or Windows-1252 — save it as UTF-8`
		};
	}
}

/** The offset of the first byte that breaks UTF-8. */
function firstBadUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		// Overlong forms and surrogates: the decoder refuses them; say the lead byte.
		if (
			(b === 0xe0 && bytes[i + 1]! < 0xa0) ||
			(b === 0xed && bytes[i + 1]! > 0x9f) ||
			(b === 0xf0 && bytes[i + 1]! < 0x90) ||
			(b === 0xf4 && bytes[i + 1]! > 0x8f)
		)
			return i;
		i += n + 1;
	}
	return bytes.length;
}

/** Line and column (from 1) of an offset in text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let last = -1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		last = i;
	}
	return { line, column: offset - last };
}

/**
 * Parse JSON text (a leading byte-order mark is allowed); on failure say where and what was expected.
 * A key given twice in one object is an error too: JSON.parse would keep the last one silently.
 */
export function parseJson(raw: string, file: string): { ok: true; value: unknown } | { ok: false; error: string } {
	const text = raw.replace(/^\uFEFF/, '');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		const at = jsonErrorAt(text) ?? { offset: text.length, expected: 'valid JSON' };
		const { line, column } = lineColumn(text, at.offset);
		return { ok: false, error: `${file}: not valid JSON at line ${line}, column ${column}: expected ${at.expected}` };
	}
	const dup = jsonErrorAt(text, { duplicates: true });
	if (dup?.duplicate !== undefined) {
		const { line, column } = lineColumn(text, dup.offset);
		return {
			ok: false,
			error: `${file}: line ${line}, column ${column}: the key ${JSON.stringify(dup.duplicate.slice(0, 100))} is given twice in one object; give each key once`
		};
	}
	return { ok: true, value };
}

/** A single-file dataset: the JSON object's five parts, each reported under the file's name. */
export function validateDatasetFile(text: string, file: string): ValidationResult {
	const parsed = parseJson(text, file);
	if (!parsed.ok) return { ok: false, errors: [parsed.error] };
	const v = parsed.value;
	if (!v || typeof v !== 'object' || Array.isArray(v))
		return { ok: false, errors: [`${file}: must be a JSON object with ${PARTS.join(', ')}`] };
	const unknown = Object.keys(v).filter((k) => !(PARTS as readonly string[]).includes(k));
	if (unknown.length)
		return {
			ok: false,
			errors: unknown.map((k) => {
				const near = nearestKey(k, PARTS);
				return `${file}: unknown part "${k.slice(0, 60)}"${near ? `; did you mean "${near}"?` : `; a dataset has ${PARTS.join(', ')}`}`;
			})
		};
	const missing = REQUIRED_PARTS.filter((p) => !(p in v));
	if (missing.length)
		return {
			ok: false,
			errors: [
				`${file}: missing ${missing.join(', ')} (a dataset has ${REQUIRED_PARTS.join(', ')}; it may have ${OPTIONAL_PARTS.join(', ')})`
			]
		};
	const names = Object.fromEntries(PARTS.map((p) => [p, file])) as FileNames;
	return validateDataset(v as DatasetInput, names);
}

/** A folder dataset: `texts` holds each part's file text (undefined where the file could not be read). */
export function validateDatasetFolder(texts: Partial<Record<(typeof PARTS)[number], string>>, folder: string): ValidationResult {
	const errors: string[] = [];
	const input: Partial<DatasetInput> = {};
	const names = Object.fromEntries(PARTS.map((p) => [p, `${folder}/${DEFAULT_FILE_NAMES[p]}`])) as FileNames;
	for (const part of PARTS) {
		const text = texts[part];
		if (text === undefined) {
			if ((OPTIONAL_PARTS as readonly string[]).includes(part)) continue;
			errors.push(`${names[part]}: cannot be read (a dataset folder has ${REQUIRED_PARTS.map((p) => DEFAULT_FILE_NAMES[p]).join(', ')})`);
			continue;
		}
		const parsed = parseJson(text, names[part]);
		if (parsed.ok) input[part] = parsed.value;
		else errors.push(parsed.error);
	}
	if (errors.length) return { ok: false, errors };
	return validateDataset(input as DatasetInput, names);
}
