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
	const max = Math.max(1, Math.floor(width / (CHAR_EM * fontSize)));
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/\s+/).filter(Boolean)) {
		while (word.length > max) {
			if (line) lines.push(line);
			lines.push(word.slice(0, max));
			word = word.slice(max);
			line = '';
		}
		if (!line) line = word;
		else if (line.length + 1 + word.length <= max) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
