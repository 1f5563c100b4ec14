/**
 * How wide text is, estimated; the export's font stack is fixed (DejaVu Sans first). State labels,
 * placed by the layout, use an average advance of 0.6 em a character (`textWidth`); every text an
 * export wraps (titles, notes, legend rows, the address) uses DejaVu Sans's own widths (`captionWidth`).
 */
export const CHAR_EM = 0.6;

/** Estimated width of `text` at `fontSize`, in SVG units (rounded up). */
export function textWidth(text: string, fontSize: number): number {
	return Math.ceil(text.length * CHAR_EM * fontSize);
}

// Marks that combine with the character before them, and invisible ones: no width of their own.
const NO_WIDTH = /\p{M}|[\u200B-\u200F\u2060\uFEFF]/u;

/** DejaVu Sans's advance widths (em, rounded up) for U+0020–U+007E, regular and bold: the first and widest face of the export's font stack. */
// prettier-ignore
const ASCII_EM = [0.32, 0.41, 0.46, 0.84, 0.64, 0.96, 0.78, 0.28, 0.4, 0.4, 0.5, 0.84, 0.32, 0.37, 0.32, 0.34, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.54, 1, 0.69, 0.69, 0.7, 0.78, 0.64, 0.58, 0.78, 0.76, 0.3, 0.3, 0.66, 0.56, 0.87, 0.75, 0.79, 0.61, 0.79, 0.7, 0.64, 0.62, 0.74, 0.69, 0.99, 0.69, 0.62, 0.69, 0.4, 0.34, 0.4, 0.84, 0.5, 0.5, 0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64, 0.64, 0.28, 0.28, 0.58, 0.28, 0.98, 0.64, 0.62, 0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6, 0.53, 0.64, 0.34, 0.64, 0.84];
// prettier-ignore
const ASCII_BOLD_EM = [0.35, 0.46, 0.53, 0.84, 0.7, 1.01, 0.88, 0.31, 0.46, 0.46, 0.53, 0.84, 0.38, 0.42, 0.38, 0.37, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.4, 0.4, 0.84, 0.84, 0.84, 0.59, 1, 0.78, 0.77, 0.74, 0.84, 0.69, 0.69, 0.83, 0.84, 0.38, 0.38, 0.78, 0.64, 1, 0.84, 0.86, 0.74, 0.86, 0.78, 0.73, 0.69, 0.82, 0.78, 1.11, 0.78, 0.73, 0.73, 0.46, 0.37, 0.46, 0.84, 0.5, 0.5, 0.68, 0.72, 0.6, 0.72, 0.68, 0.44, 0.72, 0.72, 0.35, 0.35, 0.67, 0.35, 1.05, 0.72, 0.69, 0.72, 0.72, 0.5, 0.6, 0.48, 0.72, 0.66, 0.93, 0.65, 0.66, 0.59, 0.72, 0.37, 0.72, 0.84];

/**
 * A careful width for text anyone may write (titles, notes, the address): DejaVu Sans's own widths
 * for ASCII, regular or bold, 1 em for wide characters and for anything else (as wide as a capital M
 * or wider than most), nothing for marks and invisible ones; so wrapped text stays inside its box.
 */
export function captionWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += charEm(ch, bold);
	return Math.ceil(em * fontSize);
}

function charEm(ch: string, bold: boolean): number {
	const code = ch.codePointAt(0)!;
	if (code >= 32 && code < 127) return (bold ? ASCII_BOLD_EM : ASCII_EM)[code - 32]!;
	return NO_WIDTH.test(ch) ? 0 : bold ? 1.1 : 1;
}

/** Break `text` into lines no wider than `width` at `fontSize` by `captionWidth`; a word longer than a line is cut between characters. */
export function wrapCaption(text: string, width: number, fontSize: number, bold = false): string[] {
	return wrapBy(text, width, (ch) => charEm(ch, bold) * fontSize);
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
