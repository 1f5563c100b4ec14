/**
 * The ties of a view: one line per pair and layer (layers mode) or per pair (composite), offset
 * side by side, with colour and dash set once on each layer's group; and, on the page only, wide
 * invisible lines that make each tie a hover and keyboard target with an accessible name.
 */
import { linkUsesEstimate, type ChangeLink, type GraphLink, type TieWithWeight } from '../graph/graph';
import type { LayoutNode } from '../layout/force';
import { LAYERS } from '../data/types';
import { r2 } from '../math';
import type { MapInput } from './input';
import { el, type SceneNode } from './element';
import {
	CHANGE_MARK,
	COMPOSITE_STYLE,
	ESTIMATED_DASH,
	FADED_OPACITY,
	LAYER_STYLE,
	UNCHANGED_OPACITY,
	changeMarkPath,
	strokeWidth,
	type ChangeMark
} from './style';

const LAYER_OFFSET = 5;
/** How far beyond a state's disc its invisible hit area reaches on the page (see nodes.ts). */
export const HIT_MARGIN = 9;

/** Unit perpendicular of a segment (zero for a degenerate one). */
function normal(x1: number, y1: number, x2: number, y2: number): [number, number] {
	const len = Math.hypot(x2 - x1, y2 - y1);
	return len === 0 ? [0, 0] : [-(y2 - y1) / len, (x2 - x1) / len];
}

function tieLabel(t: TieWithWeight, names: Map<string, string>): string {
	const s = t.scores;
	if (t.before && t.change) {
		const b = t.before.scores;
		const move = (l: 'military' | 'trade' | 'tension') =>
			`${l} ${b[l] ?? 'missing'} → ${s[l] ?? 'missing'}${t.change![l] === null ? '' : ` (${t.change![l]! > 0 ? '+' : ''}${t.change![l]})`}`;
		return `${names.get(t.source)}–${names.get(t.target)}, ${t.before.year} → ${t.year}: ${move('military')}, ${move('trade')}, ${move('tension')}`;
	}
	const trade =
		t.trade.usdBn === null ? 'trade figure missing' : `trade US$${t.trade.usdBn} bn${t.trade.status === 'estimated' ? ' (estimated)' : ''}`;
	return `${names.get(t.source)}–${names.get(t.target)}, ${t.year}: military ${s.military}, trade ${s.trade ?? 'missing (net weight from the other layers)'}, tension ${s.tension}; ${trade}`;
}

function linkOpacity(link: GraphLink, focus: string | null): number | undefined {
	return focus && link.source !== focus && link.target !== focus ? FADED_OPACITY : undefined;
}

interface GroupStyle {
	key: string;
	colour: string;
	dash?: string;
	linecap: 'round' | 'butt';
}

export function tiesLayer(input: MapInput, pos: Map<string, LayoutNode>, ties: Map<string, TieWithWeight>): SceneNode[] {
	const { graph, view } = input;
	const groups: SceneNode[] = [];
	const line = (link: GraphLink, offset: number, width: number, opacity?: number) => {
		const a = pos.get(link.source)!;
		const b = pos.get(link.target)!;
		const [nx, ny] = normal(a.x, a.y, b.x, b.y);
		const d = offset * LAYER_OFFSET;
		const faded = linkOpacity(link, view.focus);
		return el(
			'line',
			{
				x1: r2(a.x + nx * d),
				y1: r2(a.y + ny * d),
				x2: r2(b.x + nx * d),
				y2: r2(b.y + ny * d),
				'stroke-width': width,
				opacity: faded !== undefined || opacity !== undefined ? r2((faded ?? 1) * (opacity ?? 1)) : undefined
			},
			undefined,
			link.kind === 'layer' ? `${link.pair}:${link.layer}` : link.kind === 'change' ? `${link.pair}:${link.key}` : link.pair
		);
	};
	/** One group per style: the lines from sourced figures, then those from estimates (short dashes). */
	const push = (style: GroupStyle, links: GraphLink[], draw: (l: GraphLink) => SceneNode) => {
		for (const estimated of [false, true]) {
			const lines = links.filter((l) => linkUsesEstimate(l, ties.get(l.pair)!) === estimated).map(draw);
			if (!lines.length) continue;
			const key = estimated ? `${style.key}-estimated` : style.key;
			groups.push(
				el(
					'g',
					{
						class: `aa-ties aa-ties-${key}`,
						fill: 'none',
						stroke: style.colour,
						'stroke-dasharray': estimated ? ESTIMATED_DASH : style.dash,
						'stroke-linecap': estimated ? 'butt' : style.linecap
					},
					lines,
					key
				)
			);
		}
	};
	if (graph.compare !== null) {
		const changes = graph.links.filter((l): l is ChangeLink => l.kind === 'change');
		const width = (l: ChangeLink) => (l.status === 'same' ? strokeWidth(0) : strokeWidth(Math.min(1, Math.abs(l.delta))));
		const draw = (l: GraphLink) => {
			const c = l as ChangeLink;
			return line(c, c.offset, width(c), c.status === 'same' ? UNCHANGED_OPACITY : undefined);
		};
		if (view.mode === 'composite') {
			for (const side of ['cooperation', 'tension'] as const) {
				const style = COMPOSITE_STYLE[side];
				const links = changes.filter((l) => (side === 'cooperation' ? l.delta >= 0 : l.delta < 0));
				push(
					{ key: `change-${side}`, colour: style.colour, dash: 'dash' in style ? style.dash : undefined, linecap: 'round' },
					links,
					draw
				);
			}
		} else {
			for (const layer of LAYERS) {
				const style = LAYER_STYLE[layer];
				const links = changes.filter((l) => l.key === layer);
				push({ key: `change-${layer}`, colour: style.colour, dash: style.dash, linecap: style.linecap ?? 'butt' }, links, draw);
			}
		}
		const marks = changeMarks(changes, pos, view.focus);
		if (marks) groups.push(marks);
	} else if (view.mode === 'composite') {
		for (const side of ['cooperation', 'tension'] as const) {
			const style = COMPOSITE_STYLE[side];
			const links = graph.links.filter(
				(l): l is Extract<GraphLink, { kind: 'composite' }> => l.kind === 'composite' && (side === 'cooperation' ? l.net > 0 : l.net < 0)
			);
			push({ key: side, colour: style.colour, dash: 'dash' in style ? style.dash : undefined, linecap: 'round' }, links, (l) =>
				line(l, 0, strokeWidth(Math.abs((l as Extract<GraphLink, { kind: 'composite' }>).net)))
			);
		}
	} else {
		for (const layer of LAYERS) {
			const style = LAYER_STYLE[layer];
			const links = graph.links.filter((l): l is Extract<GraphLink, { kind: 'layer' }> => l.kind === 'layer' && l.layer === layer);
			push({ key: layer, colour: style.colour, dash: style.dash, linecap: style.linecap ?? 'butt' }, links, (l) => {
				const link = l as Extract<GraphLink, { kind: 'layer' }>;
				return line(link, link.offset, strokeWidth(link.score));
			});
		}
	}
	return groups;
}

/** The colour a change link is drawn in: its layer's, or in composite the diverging pair's. */
export function changeColour(link: Pick<ChangeLink, 'key' | 'delta'>): string {
	if (link.key === 'net') return link.delta >= 0 ? COMPOSITE_STYLE.cooperation.colour : COMPOSITE_STYLE.tension.colour;
	return LAYER_STYLE[link.key].colour;
}

/** A mark at the middle of each changed line (▲ rose, ▼ fell, + new, × gone), spread along the line by layer. */
function changeMarks(links: ChangeLink[], pos: Map<string, LayoutNode>, focus: string | null): SceneNode | null {
	const marks = links
		.filter((l): l is ChangeLink & { status: ChangeMark } => l.status !== 'same')
		.map((l) => {
			const a = pos.get(l.source)!;
			const b = pos.get(l.target)!;
			const [nx, ny] = normal(a.x, a.y, b.x, b.y);
			const t = 0.5 + l.offset * 0.12;
			const d = l.offset * LAYER_OFFSET;
			const x = a.x + (b.x - a.x) * t + nx * d;
			const y = a.y + (b.y - a.y) * t + ny * d;
			return el(
				'path',
				{
					d: changeMarkPath(l.status, x, y),
					fill: changeColour(l),
					opacity: linkOpacity(l, focus),
					'data-change': CHANGE_MARK[l.status].label
				},
				undefined,
				`${l.pair}:${l.key}:mark`
			);
		});
	return marks.length
		? el('g', { class: 'aa-change-marks', stroke: '#ffffff', 'stroke-width': 1, 'stroke-linejoin': 'round' }, marks, 'change-marks')
		: null;
}

/** Invisible wide lines over each shown tie: hover and keyboard targets for the page only. */
export function tieTargets(input: MapInput, pos: Map<string, LayoutNode>, names: Map<string, string>): SceneNode | null {
	const shown = input.graph.ties.filter((t) => t.shown);
	if (!shown.length) return null;
	return el(
		'g',
		{ class: 'aa-tie-targets', stroke: 'transparent', 'stroke-width': 14, fill: 'none' },
		shown.map((t) => {
			const a = pos.get(t.source)!;
			const b = pos.get(t.target)!;
			// Stop short of each state's hit disc (its radius plus the page's 9-unit margin).
			const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
			const ux = (b.x - a.x) / len;
			const uy = (b.y - a.y) / len;
			const ta = Math.min(a.r + HIT_MARGIN, len / 2);
			const tb = Math.min(b.r + HIT_MARGIN, len / 2);
			return el(
				'line',
				{
					x1: r2(a.x + ux * ta),
					y1: r2(a.y + uy * ta),
					x2: r2(b.x - ux * tb),
					y2: r2(b.y - uy * tb),
					class: 'aa-tie-target',
					'data-pair': t.pair,
					tabindex: 0,
					role: 'button',
					'aria-label': tieLabel(t, names)
				},
				undefined,
				t.pair
			);
		}),
		'targets'
	);
}
