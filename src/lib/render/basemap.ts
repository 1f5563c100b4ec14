/** The basemap as scene nodes: sea, graticule, other countries, then the dataset's states in a warmer tint. */
import { FRAME } from '../layout/frame';
import type { Basemap } from '../map/basemap';
import { el, type SceneNode } from './element';
import { MAP_STYLE } from './style';

export function basemapLayer(basemap: Basemap, actorIso: readonly string[]): SceneNode[] {
	const isActor = (id: string | null) => id !== null && actorIso.includes(id);
	return [
		el('rect', { width: FRAME.width, height: FRAME.height, fill: MAP_STYLE.sea }, undefined, 'sea'),
		el('path', { d: basemap.graticule, fill: 'none', stroke: MAP_STYLE.graticule, 'stroke-width': 0.6 }, undefined, 'graticule'),
		el(
			'g',
			{ class: 'aa-land', fill: MAP_STYLE.land, stroke: MAP_STYLE.landStroke, 'stroke-width': 0.6, 'stroke-linejoin': 'round' },
			basemap.countries.filter((c) => !isActor(c.id)).map((c) => el('path', { d: c.d }, undefined, c.key)),
			'land'
		),
		el(
			'g',
			{ class: 'aa-land-actors', fill: MAP_STYLE.actorLand, stroke: MAP_STYLE.landStroke, 'stroke-width': 0.8, 'stroke-linejoin': 'round' },
			basemap.countries.filter((c) => isActor(c.id)).map((c) => el('path', { d: c.d, 'data-iso': c.id ?? undefined }, undefined, c.key)),
			'actors'
		)
	];
}
