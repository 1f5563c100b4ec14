/**
 * The rubric's rules: how much each kind of evidence counts, how magnitude scales it, and how long
 * an event keeps counting. Numbers only; the mechanics that apply them are in `contribution.ts`,
 * `peak.ts` and `rubric.ts`. Documented, with reasons, in docs/data.md.
 */
import type { EvidenceKind } from './types';

/** How each kind of evidence counts: its base weight (sign: + raises the score, − lowers it) and timing. */
export interface KindRule {
	base: number;
	/** `period`: counts while in force, by the share of the year covered; `event`: full in its year, then decays. */
	timing: 'period' | 'event' | 'either';
}

export const KIND_RULES: Record<EvidenceKind, KindRule> = {
	// Military cooperation.
	'defence-treaty': { base: 0.6, timing: 'period' },
	'consultation-pact': { base: 0.3, timing: 'period' },
	'non-aggression': { base: 0.1, timing: 'period' },
	'strategic-partnership': { base: 0.25, timing: 'period' },
	'intelligence-sharing': { base: 0.25, timing: 'period' },
	basing: { base: 0.3, timing: 'period' },
	'arms-transfers': { base: 0.2, timing: 'period' },
	'joint-exercise': { base: 0.15, timing: 'either' },
	'defence-dialogue': { base: 0.1, timing: 'event' },
	'military-rupture': { base: -0.2, timing: 'event' },
	// Tension.
	'territorial-dispute': { base: 0.25, timing: 'period' },
	'historical-dispute': { base: 0.2, timing: 'period' },
	'armed-standoff': { base: 0.4, timing: 'period' },
	sanction: { base: 0.25, timing: 'period' },
	incident: { base: 0.3, timing: 'event' },
	'weapons-test': { base: 0.2, timing: 'event' },
	coercion: { base: 0.3, timing: 'either' },
	'diplomatic-crisis': { base: 0.2, timing: 'event' },
	detente: { base: -0.2, timing: 'event' }
};

/** Magnitude 1 (minor) halves the base weight, 3 (severe) adds half again. */
export const MAGNITUDE_FACTOR = { 1: 0.5, 2: 1, 3: 1.5 } as const;

/**
 * An event weighs fully on its date, then its weight halves every EVENT_HALF_LIFE_YEARS; a year's
 * score takes the weight averaged over that calendar year (so a December event counts little in its
 * own year and most in the next). Events older than EVENT_HORIZON_YEARS are dropped.
 */
export const EVENT_HALF_LIFE_YEARS = 1;
export const EVENT_HORIZON_YEARS = 4;

/** Days in a year, for ages in years. */
export const YEAR_DAYS = 365.25;
