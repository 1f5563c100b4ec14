/** The legend entries for a view: exactly the encodings drawn, for the page's legend and the export's. */
import type { Graph } from '../graph/graph';
import type { ViewState } from '../model/view';
import { COMPOSITE_STYLE, ESTIMATED_DASH, LAYER_STYLE } from './style';

/** What of the drawing the legend must explain beyond the view's layers. */
export interface Drawn {
	/** Some drawn line comes from an estimated trade figure. */
	estimated: boolean;
	/** Some state's capital lies off the map. */
	offFrame: boolean;
	/** Some state has moved away from its capital, which a leader line marks. */
	leaders?: boolean;
}

/** Whether a graph draws a line from an estimated trade figure. */
export function drawsEstimate(graph: Graph): boolean {
	const estimated = new Set(graph.ties.filter((t) => t.trade.status === 'estimated').map((t) => t.pair));
	return graph.links.some((l) => estimated.has(l.pair) && (l.kind === 'composite' || l.layer === 'trade'));
}

export interface LegendItem {
	shape: 'line' | 'circle' | 'arrow' | 'capital';
	label: string;
	colour?: string;
	dash?: string;
	linecap?: 'round';
	width?: number;
	opacity?: number;
}

export function legendItems(view: ViewState, drawn: Drawn): LegendItem[] {
	const items: LegendItem[] = [];
	if (view.mode === 'composite') {
		const c = COMPOSITE_STYLE;
		items.push({ shape: 'line', label: `${c.cooperation.label} (${c.cooperation.cue})`, colour: c.cooperation.colour });
		items.push({ shape: 'line', label: `${c.tension.label} (${c.tension.cue})`, colour: c.tension.colour, dash: c.tension.dash });
	} else {
		for (const layer of view.layers) {
			const s = LAYER_STYLE[layer];
			items.push({
				shape: 'line',
				label: `${s.label} ×${view.weights[layer]} (${s.cue})`,
				colour: s.colour,
				dash: s.dash,
				linecap: s.linecap
			});
		}
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
	if (drawn.leaders) items.push({ shape: 'capital', label: 'Where a state’s capital is (dashed to the state)' });
	return items;
}
