/**
 * Builds the basemap from Natural Earth (world-atlas) at build time: the countries that show in the
 * frame, projected through the app's projection, clipped to the frame, thinned to points at least
 * `tolerance` units apart, and written as SVG path data. Pure: the topology comes in as an argument.
 */
import { geoGraticule, geoPath, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FRAME, regionProjection } from '../layout/projection';

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

/** A stream filter that drops points closer than `tolerance` to the last kept one, and tiny rings. */
function thin(tolerance: number, sink: GeoStream): GeoStream {
	let line: [number, number][] | null = null;
	let inPolygon = false;
	const flush = () => {
		if (!line) return;
		const pts = line;
		line = null;
		if (pts.length === 0) return;
		let minX = Infinity,
			minY = Infinity,
			maxX = -Infinity,
			maxY = -Infinity;
		for (const [x, y] of pts) {
			if (x < minX) minX = x;
			if (y < minY) minY = y;
			if (x > maxX) maxX = x;
			if (y > maxY) maxY = y;
		}
		if (inPolygon && maxX - minX < tolerance * 2 && maxY - minY < tolerance * 2) return; // an islet below a couple of units
		const kept: [number, number][] = [pts[0]!];
		for (let i = 1; i < pts.length - 1; i++) {
			const [x, y] = pts[i]!;
			const [lx, ly] = kept[kept.length - 1]!;
			if (Math.hypot(x - lx, y - ly) >= tolerance) kept.push(pts[i]!);
		}
		if (pts.length > 1) kept.push(pts[pts.length - 1]!);
		sink.lineStart();
		for (const [x, y] of kept) sink.point(x, y);
		sink.lineEnd();
	};
	return {
		point(x, y) {
			if (line) line.push([x, y]);
			else sink.point(x, y);
		},
		lineStart() {
			line = [];
		},
		lineEnd: flush,
		polygonStart() {
			inPolygon = true;
			sink.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			sink.polygonEnd();
		},
		sphere() {
			sink.sphere?.();
		}
	};
}

/** Build the basemap from a world-atlas countries topology. */
export function buildBasemap(topology: Topology, tolerance = 1.2): Basemap {
	const projection = regionProjection().clipExtent([
		[0, 0],
		[FRAME.width, FRAME.height]
	]);
	const thinned = { stream: (s: GeoStream) => projection.stream(thin(tolerance, s)) };
	const path = geoPath(thinned).digits(1);
	const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
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
		attribution: 'Map data: Natural Earth (public domain), via world-atlas 2.0.2, 1:50m',
		frame: { width: FRAME.width, height: FRAME.height },
		countries,
		graticule
	};
}
