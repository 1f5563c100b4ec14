/**
 * Reading a dataset from files — one JSON file holding { meta, actors, sources, evidence, trade }, or
 * a folder with one file per part, as the default dataset is kept — with messages that name the
 * file and, for broken JSON, the line and column. Pure: the caller reads the files.
 */
import {
	DEFAULT_FILE_NAMES,
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
export function jsonErrorAt(text: string): { offset: number; expected: string } | null {
	let i = 0;
	const open: ('{' | '[')[] = [];
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
		string();
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
				open.pop();
			} else fail(top === '{' ? '"," or "}"' : '"," or "]"');
		}
	} catch (e) {
		if (e && typeof e === 'object' && 'offset' in e) return e as { offset: number; expected: string };
		throw e;
	}
}

/** Parse JSON text (a leading byte-order mark is allowed); on failure say where and what was expected. */
export function parseJson(raw: string, file: string): { ok: true; value: unknown } | { ok: false; error: string } {
	const text = raw.replace(/^\uFEFF/, '');
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		const at = jsonErrorAt(text) ?? { offset: text.length, expected: 'valid JSON' };
		const before = text.slice(0, at.offset);
		const line = before.split('\n').length;
		const column = at.offset - before.lastIndexOf('\n');
		return { ok: false, error: `${file}: not valid JSON at line ${line}, column ${column}: expected ${at.expected}` };
	}
}

/** A single-file dataset: the JSON object's five parts, each reported under the file's name. */
export function validateDatasetFile(text: string, file: string): ValidationResult {
	const parsed = parseJson(text, file);
	if (!parsed.ok) return { ok: false, errors: [parsed.error] };
	const v = parsed.value;
	if (!v || typeof v !== 'object' || Array.isArray(v))
		return { ok: false, errors: [`${file}: must be a JSON object with ${PARTS.join(', ')}`] };
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
