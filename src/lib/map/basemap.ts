/**
 * Builds the basemap from Natural Earth (world-atlas) at build time: the countries that show in the
 * frame, simplified as a topology (shared borders stay shared), projected through the app's
 * projection, clipped to the frame, and written as SVG path data. Pure: the topology comes in as an argument.
 */
import { geoGraticule, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { FRAME, REGION, regionProjection, type Region } from '../layout/projection';

export interface BasemapCountry {
	/** Unique key: world-atlas ids repeat ("036") or are missing, so the name is part of it. */
	key: string;
	/** The zero-padded ISO numeric id as world-atlas gives it, or null where it has none. */
	id: string | null;
	name: string;
	d: string;
}

export interface Basemap {
	attribution: string;
	frame: { width: number; height: number };
	countries: BasemapCountry[];
	graticule: string;
}

/**
 * Build the basemap from a world-atlas countries topology. The topology is simplified as a
 * topology (topojson-simplify, Visvalingam's effective area on the sphere), arc by arc, so a border
 * two countries share stays one line for both; rings smaller than a few pixels are dropped. The
 * tolerance is in pixels of the frame and converted to steradians through the projection's scale.
 */
export function buildBasemap(
	topology: Topology,
	tolerancePx = 1,
	region: Region = REGION,
	attribution = 'world-atlas 2.0.2, 1:50m'
): Basemap {
	const projection = regionProjection(region).clipExtent([
		[0, 0],
		[FRAME.width, FRAME.height]
	]);
	const pxToRadians = 1 / projection.scale();
	const minTriangle = (tolerancePx * pxToRadians) ** 2 / 2;
	const minRing = (2 * tolerancePx * pxToRadians) ** 2;
	const weighted = presimplify(structuredClone(topology) as Topology<Objects<object>>, sphericalTriangleArea);
	const simple = simplify(weighted, minTriangle);
	const kept = filter(simple, filterWeight(simple, minRing, sphericalRingArea as unknown as Parameters<typeof filterWeight>[2]));
	const path = geoPath(projection).digits(1);
	const collection = feature(kept, kept.objects.countries as GeometryCollection<{ name: string }>);
	const countries: BasemapCountry[] = [];
	for (const f of collection.features) {
		const d = path(f);
		if (!d) continue;
		const id = f.id === undefined ? null : String(f.id);
		const name = f.properties?.name ?? 'unnamed';
		countries.push({ key: `${id ?? 'none'}:${name}`, id, name, d });
	}
	countries.sort((a, b) => a.key.localeCompare(b.key));
	const graticule = geoPath(projection).digits(1)(geoGraticule().step([10, 10])()) ?? '';
	return {
		attribution: `Map data: Natural Earth (public domain), via ${attribution}`,
		frame: { width: FRAME.width, height: FRAME.height },
		countries,
		graticule
	};
}
