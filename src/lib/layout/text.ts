/**
 * How wide text is, estimated: the export's font stack is fixed (DejaVu Sans first), so an average
 * advance of 0.6 em a character is a safe bound for labels and legend rows alike. One estimate for
 * every place that lays text out, so label placement and legend wrapping agree.
 */
export const CHAR_EM = 0.6;

/** Estimated width of `text` at `fontSize`, in SVG units (rounded up). */
export function textWidth(text: string, fontSize: number): number {
	return Math.ceil(text.length * CHAR_EM * fontSize);
}

/** Break `text` into lines no wider than `width` at `fontSize` (by the same estimate); a word longer than a line is cut. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	return wrapBy(text, width, (ch) => ch.length * CHAR_EM * fontSize);
}

// East Asian wide and full-width characters, and emoji: about 1 em each.
const WIDE =
	/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
// Marks that combine with the character before them, and invisible ones: no width of their own.
const NO_WIDTH = /\p{M}|[\u200B-\u200F\u2060\uFEFF]/u;

/** DejaVu Sans's advance widths (em) for U+0020–U+007E, the first and widest face of the export's font stack. */
// prettier-ignore
const ASCII_EM = [0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.27, 0.39, 0.39, 0.5, 0.84, 0.32, 0.36, 0.32, 0.34, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.53, 1, 0.68, 0.69, 0.7, 0.77, 0.63, 0.58, 0.77, 0.75, 0.29, 0.29, 0.66, 0.56, 0.86, 0.75, 0.79, 0.6, 0.79, 0.69, 0.63, 0.61, 0.73, 0.68, 0.99, 0.69, 0.61, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5, 0.5, 0.61, 0.63, 0.55, 0.63, 0.62, 0.35, 0.63, 0.63, 0.28, 0.28, 0.58, 0.28, 0.97, 0.63, 0.61, 0.63, 0.63, 0.41, 0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.52, 0.64, 0.34, 0.64, 0.84];

/**
 * A careful width for text anyone may write (titles, notes, the address): DejaVu Sans's own widths
 * for ASCII (its bold 10% wider), 1 em for wide characters, nothing for marks and invisible ones, and
 * 0.85 em for anything else (wider than most), so wrapped text stays inside its box.
 */
export function captionWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += charEm(ch);
	return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}

function charEm(ch: string): number {
	const code = ch.codePointAt(0)!;
	return code >= 32 && code < 127 ? ASCII_EM[code - 32]! : NO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 1 : 0.85;
}

/** Break `text` into lines no wider than `width` at `fontSize` by `captionWidth`; a word longer than a line is cut between characters. */
export function wrapCaption(text: string, width: number, fontSize: number, bold = false): string[] {
	const scale = fontSize * (bold ? 1.1 : 1);
	return wrapBy(text, width, (ch) => charEm(ch) * scale);
}

function wrapBy(text: string, width: number, charWidth: (ch: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	let lineWidth = 0;
	const space = charWidth(' ');
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const chars = [...word];
		const wordWidth = chars.reduce((sum, ch) => sum + charWidth(ch), 0);
		if (line && lineWidth + space + wordWidth <= width) {
			line += ` ${word}`;
			lineWidth += space + wordWidth;
			continue;
		}
		if (line) lines.push(line);
		if (wordWidth <= width) {
			line = word;
			lineWidth = wordWidth;
			continue;
		}
		// A word wider than a line: cut it where it would leave the line (by code point, never inside a surrogate pair).
		line = '';
		lineWidth = 0;
		for (const ch of chars) {
			const w = charWidth(ch);
			if (line && lineWidth + w > width) {
				lines.push(line);
				line = '';
				lineWidth = 0;
			}
			line += ch;
			lineWidth += w;
		}
	}
	if (line) lines.push(line);
	return lines;
}
