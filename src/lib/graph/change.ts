/**
 * The change of a tie between two years: per layer and net, the year in view minus the compare
 * year. A side without a score (a missing trade figure) gives no change — never a change from or
 * to zero. Pure.
 */
import { LAYERS, type Layer } from '../data/types';
import { round } from '../math';

export type Scores = Record<Layer, number | null>;
/** A layer or the net composite weight. */
export type ChangeKey = Layer | 'net';
export type Change = Record<ChangeKey, number | null>;

/**
 * How a score moved: `same` when it moved by less than CHANGE_EPSILON, else `appeared` from 0 to
 * above, `gone` from above 0 to 0, `rose` or `fell`; for the net weight, "above 0" means "not 0".
 */
export type ChangeStatus = 'rose' | 'fell' | 'same' | 'appeared' | 'gone';

/** Moves smaller than this are "same": they print as ±0.00 and would only clutter the map with marks. */
export const CHANGE_EPSILON = 0.005;

export function changeStatus(before: number, after: number): ChangeStatus {
	if (Math.abs(after - before) < CHANGE_EPSILON) return 'same';
	if (Math.abs(before) < CHANGE_EPSILON) return 'appeared';
	if (Math.abs(after) < CHANGE_EPSILON) return 'gone';
	return after > before ? 'rose' : 'fell';
}

/** Year-in-view minus compare-year, or null where either side is missing. */
export function delta(before: number | null, after: number | null): number | null {
	return before === null || after === null ? null : round(after - before);
}

/**
 * The change of one tie. `net` compares the two net weights only when the same active layers have a
 * score in both years; otherwise the difference would partly be a layer coming or going from the
 * data, and it is null.
 */
export function tieChange(
	before: { scores: Scores; weight: number },
	after: { scores: Scores; weight: number },
	/** The layers that count in the net weight: active, with a weight above 0. */
	active: readonly Layer[]
): Change {
	const change = {} as Change;
	for (const layer of LAYERS) change[layer] = delta(before.scores[layer], after.scores[layer]);
	const comparable = active.every((l) => (before.scores[l] === null) === (after.scores[l] === null));
	change.net = comparable ? round(after.weight - before.weight) : null;
	return change;
}
