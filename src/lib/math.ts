/** Small numeric helpers shared by every layer: rounding to fixed decimals and clamping. */

/** Round to `digits` decimals, as a number (serialisation prints no trailing zeros). */
export function round(x: number, digits = 3): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/** Two decimals: coordinates in the drawing. */
export const r2 = (x: number): number => round(x, 2);

export function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}
