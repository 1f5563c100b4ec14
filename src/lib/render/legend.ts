/** The legend entries for a view: exactly the encodings drawn, for the page's legend and the export's. */
import { linkUsesEstimate, type Graph } from '../graph/graph';
import type { ViewState } from '../model/view';
import {
	BLOC_COLOURS,
	CHANGE_MARK,
	COMPOSITE_STYLE,
	ESTIMATED_DASH,
	LAYER_STYLE,
	MAP_STYLE,
	UNCHANGED_OPACITY,
	type ChangeMark
} from './style';

/** What of the drawing the legend must explain beyond the view's layers. */
export interface Drawn {
	/** Some drawn line comes from an estimated trade figure. */
	estimated: boolean;
	/** Some state's capital lies off the map. */
	offFrame: boolean;
	/** Some state has moved away from its capital, which a leader line marks. */
	leaders?: boolean;
	/** Some state lies outside the zoomed region shown. */
	outside?: boolean;
	/** Blocs are drawn. */
	blocs?: boolean;
}

/** Whether a graph draws a line from an estimated trade figure. */
export function drawsEstimate(graph: Graph): boolean {
	const ties = new Map(graph.ties.map((t) => [t.pair, t]));
	return graph.links.some((l) => linkUsesEstimate(l, ties.get(l.pair)!));
}

export interface LegendItem {
	shape: 'line' | 'circle' | 'arrow' | 'capital' | 'mark' | 'area';
	/** For `mark`: which change mark. */
	mark?: ChangeMark;
	label: string;
	colour?: string;
	dash?: string;
	linecap?: 'round';
	width?: number;
	opacity?: number;
}

export function legendItems(view: ViewState, drawn: Drawn): LegendItem[] {
	const items: LegendItem[] = [];
	if (view.compare !== null) {
		items.push(...changeItems(view, view.compare));
	} else if (view.mode === 'composite') {
		const c = COMPOSITE_STYLE;
		items.push({ shape: 'line', label: `${c.cooperation.label} (${c.cooperation.cue})`, colour: c.cooperation.colour });
		items.push({ shape: 'line', label: `${c.tension.label} (${c.tension.cue})`, colour: c.tension.colour, dash: c.tension.dash });
	} else {
		items.push(...layerItems(view));
	}
	if (drawn.estimated) {
		items.push({
			shape: 'line',
			label: `${view.mode === 'composite' ? 'Net line with estimated trade' : 'Trade, estimated figure'} (short dashes)`,
			colour: view.mode === 'composite' ? COMPOSITE_STYLE.cooperation.colour : LAYER_STYLE.trade.colour,
			dash: ESTIMATED_DASH
		});
	}
	items.push({ shape: 'circle', label: 'State (size: total cooperation)' });
	if (drawn.offFrame) items.push({ shape: 'arrow', label: 'Capital off the map' });
	if (drawn.outside) items.push({ shape: 'arrow', label: 'State outside the zoomed region (named)' });
	if (drawn.blocs) items.push({ shape: 'area', label: 'Bloc: states held together by net cooperation (Louvain)', colour: BLOC_COLOURS[0] });
	if (drawn.leaders) items.push({ shape: 'capital', label: 'Where a state’s capital is (dashed to the state)' });
	return items;
}

/** A comparison's legend: the lines (width: size of the change), the marks of how each moved, and the unchanged. */
function changeItems(view: ViewState, compare: number): LegendItem[] {
	const items: LegendItem[] = [];
	if (view.mode === 'composite') {
		const c = COMPOSITE_STYLE;
		items.push({ shape: 'line', label: `Net weight rose since ${compare} (${c.cooperation.cue})`, colour: c.cooperation.colour });
		items.push({
			shape: 'line',
			label: `Net weight fell since ${compare} (${c.tension.cue})`,
			colour: c.tension.colour,
			dash: c.tension.dash
		});
	} else {
		items.push(...layerItems(view));
	}
	for (const mark of Object.keys(CHANGE_MARK) as ChangeMark[]) {
		const m = CHANGE_MARK[mark];
		const words = mark === 'rose' || mark === 'fell' ? `${m.label} since ${compare}` : `${m.label} ${compare}`;
		items.push({ shape: 'mark', mark, label: `${words[0]!.toUpperCase()}${words.slice(1)}`, colour: MAP_STYLE.text });
	}
	items.push({
		shape: 'line',
		label: `Unchanged since ${compare} (thin, faint)`,
		colour: MAP_STYLE.muted,
		width: 1,
		opacity: UNCHANGED_OPACITY
	});
	return items;
}

/** One line per active layer: its colour, weight and second cue. */
function layerItems(view: ViewState): LegendItem[] {
	return view.layers.map((layer) => {
		const s = LAYER_STYLE[layer];
		return { shape: 'line', label: `${s.label} ×${view.weights[layer]} (${s.cue})`, colour: s.colour, dash: s.dash, linecap: s.linecap };
	});
}
