/**
 * The drawing's visual vocabulary: one colour and one second cue (dash pattern) per layer, so no
 * encoding relies on colour alone. Okabe–Ito colours, safe for the common colour-vision deficiencies.
 * The HTML legend on the page and the SVG legend in exports both read from here.
 */
import type { Layer } from '../data/types';

export const FONT_STACK = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

export interface LayerStyle {
	label: string;
	colour: string;
	/** SVG stroke-dasharray, or undefined for solid. */
	dash?: string;
	/** Round caps turn the dotted line's short dashes into dots. */
	linecap?: 'round';
	cue: string;
}

export const LAYER_STYLE: Record<Layer, LayerStyle> = {
	military: { label: 'Military', colour: '#0072B2', cue: 'solid line' },
	trade: { label: 'Trade', colour: '#009E73', dash: '7 3', cue: 'dashed line' },
	tension: { label: 'Tension', colour: '#D55E00', dash: '1 6', linecap: 'round', cue: 'dotted line' }
};

/** Composite mode: net cooperation solid blue, net tension dashed vermilion; width by |net|. */
export const COMPOSITE_STYLE = {
	cooperation: { label: 'Net cooperation', colour: '#0072B2', cue: 'solid line' },
	tension: { label: 'Net tension', colour: '#D55E00', dash: '6 3', cue: 'dashed line' }
} as const;

export const MAP_STYLE = {
	sea: '#e6eef4',
	land: '#f5f2ea',
	landStroke: '#b7b2a6',
	actorLand: '#ebe4d3',
	graticule: '#cfdbe5',
	node: '#2b2b2b',
	nodeFill: '#ffffff',
	focus: '#000000',
	text: '#1e1e1e',
	muted: '#555555',
	halo: '#ffffff'
} as const;

/** Stroke width for a score in [0, 1]. */
export function strokeWidth(score: number): number {
	return Math.round((0.75 + 5.25 * score) * 100) / 100;
}

/**
 * One cue, one meaning: a line drawn from an estimated trade figure has short dashes (in any mode),
 * and only ties away from the focus are faded.
 */
export const ESTIMATED_DASH = '2 3';
export const FADED_OPACITY = 0.15;

/**
 * A comparison's second cue beside the line: a mark at the line's middle saying how it moved, so
 * direction never rests on colour. In composite mode the colour diverges too: a rising net weight
 * blue and solid, a falling one vermilion and dashed.
 */
export const CHANGE_MARK = {
	rose: { label: 'rose', symbol: '▲' },
	fell: { label: 'fell', symbol: '▼' },
	appeared: { label: 'new since', symbol: '+' },
	gone: { label: 'gone since', symbol: '×' }
} as const;
export type ChangeMark = keyof typeof CHANGE_MARK;

/** The path of a change mark of half-size `s` centred on (x, y). */
export function changeMarkPath(mark: ChangeMark, x: number, y: number, s = 4.5): string {
	const f = (n: number) => Math.round(n * 100) / 100;
	const poly = (pts: [number, number][]) => `M${pts.map(([px, py]) => `${f(x + px)} ${f(y + py)}`).join('L')}Z`;
	const t = s * 0.38;
	const plus: [number, number][] = [
		[-t, -s],
		[t, -s],
		[t, -t],
		[s, -t],
		[s, t],
		[t, t],
		[t, s],
		[-t, s],
		[-t, t],
		[-s, t],
		[-s, -t],
		[-t, -t]
	];
	switch (mark) {
		case 'rose':
			return poly([
				[0, -s],
				[s, s * 0.8],
				[-s, s * 0.8]
			]);
		case 'fell':
			return poly([
				[0, s],
				[s, -s * 0.8],
				[-s, -s * 0.8]
			]);
		case 'appeared':
			return poly(plus);
		case 'gone':
			// The plus turned by 45°.
			return poly(plus.map(([px, py]) => [Math.SQRT1_2 * (px - py), Math.SQRT1_2 * (px + py)]));
	}
}

/** Unchanged ties in a comparison: the thinnest line, faint. */
export const UNCHANGED_OPACITY = 0.4;

/** Blocs: light areas in Okabe–Ito hues not used by the layers, each also labelled "Bloc n". */
export const BLOC_COLOURS = ['#CC79A7', '#56B4E9', '#E69F00', '#F0E442'] as const;
export const BLOC_OPACITY = 0.18;
