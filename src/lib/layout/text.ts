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
