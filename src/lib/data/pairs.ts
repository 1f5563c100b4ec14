/** Pair keys: two actor ids joined as "A-B" with A < B, so each unordered pair has one key. */

/** The key of the pair {a, b}, in alphabetical order. */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** The two ids of a pair key, or null when the key is not of the form "A-B". */
export function splitPair(key: string): [string, string] | null {
	const parts = key.split('-');
	if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
	return [parts[0], parts[1]];
}

/** Every unordered pair of the given ids, keys sorted alphabetically. */
export function allPairs(ids: readonly string[]): string[] {
	const sorted = [...ids].sort();
	const keys: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i + 1; j < sorted.length; j++) keys.push(`${sorted[i]}-${sorted[j]}`);
	}
	return keys;
}

/** Records grouped by their `pair` key, in input order within each pair. */
export function groupByPair<T extends { pair: string }>(records: readonly T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const r of records) {
		const list = out.get(r.pair);
		if (list) list.push(r);
		else out.set(r.pair, [r]);
	}
	return out;
}
