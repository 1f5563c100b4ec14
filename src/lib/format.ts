/** How numbers read on the page: scores to two decimals, and a dash for a missing one. */

export function formatScore(x: number | null): string {
	return x === null ? '—' : x.toFixed(2);
}
