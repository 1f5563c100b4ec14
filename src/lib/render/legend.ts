/** The legend entries for a view: every encoding in use, for the page's legend and the export's. */
import type { ViewState } from '../model/view';
import { COMPOSITE_STYLE, ESTIMATED_OPACITY, LAYER_STYLE } from './style';

export interface LegendItem {
	shape: 'line' | 'circle' | 'arrow';
	label: string;
	colour?: string;
	dash?: string;
	linecap?: 'round';
	width?: number;
	opacity?: number;
}

export function legendItems(view: ViewState): LegendItem[] {
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
	if (view.layers.includes('trade')) {
		items.push({
			shape: 'line',
			label: 'Faded trade: estimated figure',
			colour: view.mode === 'composite' ? COMPOSITE_STYLE.cooperation.colour : LAYER_STYLE.trade.colour,
			dash: view.mode === 'composite' ? undefined : LAYER_STYLE.trade.dash,
			opacity: ESTIMATED_OPACITY
		});
	}
	items.push({ shape: 'circle', label: 'State (size: total cooperation)' });
	items.push({ shape: 'arrow', label: 'Capital off the map' });
	return items;
}
