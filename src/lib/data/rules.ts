/**
 * The rubric's rules: how much each kind of evidence counts, how magnitude scales it, and how long
 * an event keeps counting, and what each magnitude means for each kind. The mechanics that apply them
 * are in `contribution.ts` and `rubric.ts`. Documented, with reasons, in docs/data.md.
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
	detente: { base: -0.2, timing: 'event' },
	'strategic-rivalry': { base: 0.2, timing: 'period' }
};

/**
 * One magnitude scale per kind, applied the same way on every pair: what 1 (minor), 2 (major) and
 * 3 (severe) mean. docs/data.md prints this table with examples; a record's magnitude is chosen by
 * these words, never by which pair it is on.
 */
export const MAGNITUDE_SCALE: Record<EvidenceKind, readonly [string, string, string]> = {
	'defence-treaty': [
		'a mutual-defence treaty on paper: no forces stationed, no regular combined exercises or planning',
		'a treaty with some operational cooperation (exercises, planning) but no standing combined forces',
		'an operational alliance: forces stationed, combined command or integrated planning, regular large exercises'
	],
	'consultation-pact': [
		'a pledge to consult',
		'a standing consultation mechanism with regular meetings',
		'consultation with defence obligations short of a treaty'
	],
	'non-aggression': [
		'a friendship or non-aggression clause',
		'a non-aggression treaty',
		'a non-aggression treaty with military confidence-building measures'
	],
	'strategic-partnership': [
		'a declared partnership',
		'a partnership with defence cooperation agreements',
		'a "no limits" or comprehensive strategic partnership with joint military activity'
	],
	'intelligence-sharing': [
		'an arrangement through a third party, or limited to one subject',
		'a bilateral agreement to share classified military information (GSOMIA)',
		'integrated, real-time intelligence sharing'
	],
	basing: [
		'access, rotations or a training presence',
		'a standing base or facility',
		'large standing forces (thousands) with their own command'
	],
	'arms-transfers': ['occasional sales', 'a steady supplier relationship', 'the main supplier of major weapons systems'],
	'joint-exercise': [
		'a small or observer-level exercise',
		'a regular bilateral or trilateral exercise',
		'a large combined exercise (tens of thousands, carrier groups)'
	],
	'defence-dialogue': ['a meeting or talks agreed', 'a ministerial meeting with agreements', 'a summit-level defence agreement'],
	'military-rupture': ['a suspended exercise or dialogue', 'a suspended agreement', 'an agreement terminated or a break in military ties'],
	'territorial-dispute': ['a claim raised in words', 'a dispute with regular patrols or protests', 'a dispute with armed confrontations'],
	'historical-dispute': [
		'a dispute raised in words',
		'a dispute that cancels visits or talks',
		'a dispute that breaks off relations or brings sanctions'
	],
	'armed-standoff': ['heightened alert', 'forces facing each other with incidents', 'forces on a war footing'],
	sanction: [
		'a targeted measure (persons, firms)',
		'sector sanctions or a trade restriction',
		'a general embargo or comprehensive sanctions'
	],
	incident: [
		'an incident without casualties or damage (an airspace or water intrusion, a near miss)',
		'an armed clash, an intrusion with damage, or a deadly accident',
		'an attack, clash or collision with deaths'
	],
	'weapons-test': ['a short-range missile test', 'a long-range missile or satellite launch', 'a nuclear test or an ICBM over a neighbour'],
	coercion: [
		'a threat or a boycott call',
		'an economic or military pressure campaign',
		'a blockade-style campaign or large drills around the other'
	],
	'diplomatic-crisis': ['a protest or a summoned ambassador', 'a recalled ambassador or cancelled summit', 'relations cut or suspended'],
	detente: [
		'a resumed dialogue',
		'a summit or an agreement that eases tension',
		'a settlement or a military agreement that removes a threat'
	],
	'strategic-rivalry': [
		'a rivalry named by one side in its strategy documents',
		'a rivalry both sides treat as such (arms build-up aimed at the other)',
		'an enduring rivalry with the risk of war (divided nations, unresolved war)'
	]
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
