/**
 * The export's whole page: the view's picture (its region of the frame) placed on a page of the view's
 * size with the header, legend and notes (`frame.ts`), and every group named for editors (`layers.ts`).
 * Only the exports load it, not the page.
 */
import { layersSummary, placeOf, title, viewCaveats } from './describe';
import { el, type SceneNode } from './element';
import { exportPage } from './frame';
import type { ExportInfo, SceneInput } from './input';
import { exportLayers } from './layers';
import { regionMap, sceneAttrs, sceneHeading } from './scene';

export function buildExportScene(input: SceneInput & { exportInfo: ExportInfo }): SceneNode {
	const names = new Map(input.layout.nodes.map((n) => [n.id, n.name]));
	const auto = title(input.view, names, placeOf(input.meta));
	const page = exportPage(input, {
		title: auto,
		subtitle: layersSummary(input.view, names),
		caveats: viewCaveats(input.view, input.graph, input.layout)
	});
	const { x, y, scale } = page.map;
	const map = el(
		'g',
		{ class: 'aa-map', transform: `translate(${x} ${y})${scale === 1 ? '' : ` scale(${scale})`}` },
		[regionMap(input)],
		'map'
	);
	return exportLayers(
		el(
			'svg',
			{
				...sceneAttrs(page.viewHeight, false),
				'xmlns:inkscape': 'http://www.inkscape.org/namespaces/inkscape',
				viewBox: `0 0 ${page.viewWidth} ${page.viewHeight}`,
				width: page.width,
				height: page.height
			},
			[
				...sceneHeading(input, input.view.title ?? auto),
				el('rect', { width: page.viewWidth, height: page.viewHeight, fill: '#ffffff' }, undefined, 'paper'),
				page.header,
				map,
				page.legend,
				page.notes
			]
		)
	);
}
