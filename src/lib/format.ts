/** How numbers read on the page: scores to two decimals, and a dash for a missing one. */

export function formatScore(x: number | null): string {
	return x === null ? '—' : x.toFixed(2);
}

/** A score's move between two years: "0.21 → 0.13 (−0.08)"; no difference where a side is missing. */
export function formatMove(before: number | null, after: number | null): string {
	if (before === null || after === null) return `${formatScore(before)} → ${formatScore(after)}`;
	return `${formatScore(before)} → ${formatScore(after)} (${formatDelta(after - before)})`;
}

/** A signed difference to two decimals with a true minus sign: "+0.30", "−0.08", "±0.00". */
export function formatDelta(d: number | null): string {
	if (d === null) return '—';
	const r = Math.round(d * 100) / 100;
	return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)}`;
}
