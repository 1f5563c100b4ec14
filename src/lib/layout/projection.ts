/**
 * The one projection of the app: a conformal conic fitted to the region's frame — Northeast Asia for
 * the default data, or the box around a dataset's capitals when they lie elsewhere (`regionFor`).
 * Every drawing (page, exports, basemap build) projects through here. Capitals outside the frame
 * (Moscow, Washington) get an anchor on the frame's edge that faces them, at their latitude where it fits.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { EDGE_INSET, FRAME, REGION, type Anchor, type Region } from './frame';

export { EDGE_INSET, FRAME, REGION, type Anchor, type Region } from './frame';

/**
 * The region a dataset is drawn in: Northeast Asia when at least half its capitals lie there (the
 * default data: six of eight, with Washington and Moscow on the edges); otherwise the box around its
 * capitals, widened by a fifth of its size (at least 6°) on every side. Longitudes are spanned the short
 * way round: the box starts after the widest gap between capitals, so a Pacific dataset crosses the
 * antimeridian (east may then exceed 180) instead of covering the globe.
 */
export function regionFor(actors: readonly { capital: { lon: number; lat: number } }[]): Readonly<Region> {
	const inside = (c: { lon: number; lat: number }) =>
		c.lon >= REGION.west && c.lon <= REGION.east && c.lat >= REGION.south && c.lat <= REGION.north;
	if (actors.length === 0 || actors.filter((a) => inside(a.capital)).length * 2 >= actors.length) return REGION;
	const lons = [...new Set(actors.map((a) => a.capital.lon))].sort((x, y) => x - y);
	const lats = actors.map((a) => a.capital.lat);
	// The widest gap between neighbouring longitudes, the wrap-around gap included, is left outside.
	let gapAfter = lons.length - 1;
	let widest = lons[0]! + 360 - lons[lons.length - 1]!;
	for (let i = 0; i < lons.length - 1; i++) {
		if (lons[i + 1]! - lons[i]! > widest) [widest, gapAfter] = [lons[i + 1]! - lons[i]!, i];
	}
	const w = gapAfter === lons.length - 1 ? lons[0]! : lons[gapAfter + 1]!;
	const e = gapAfter === lons.length - 1 ? lons[lons.length - 1]! : lons[gapAfter]! + 360;
	const [s, n] = [Math.min(...lats), Math.max(...lats)];
	const px = Math.max(6, (e - w) / 5);
	const py = Math.max(6, (n - s) / 5);
	return {
		west: Math.floor(w - px),
		east: Math.ceil(e + px),
		south: Math.max(-80, Math.floor(s - py)),
		north: Math.min(84, Math.ceil(n + py))
	};
}

const sameRegion = (a: Region, b: Region) => a.west === b.west && a.east === b.east && a.south === b.south && a.north === b.north;

/** The region's outline, densified so that the fit follows the conic's curved edges. */
export function regionOutline(region: Region = REGION): GeoJSON.Polygon {
	const { west, east, south, north } = region;
	const ring: [number, number][] = [];
	for (let lon = west; lon <= east; lon++) ring.push([lon, south]);
	for (let lat = south; lat <= north; lat++) ring.push([east, lat]);
	for (let lon = east; lon >= west; lon--) ring.push([lon, north]);
	for (let lat = north; lat >= south; lat--) ring.push([west, lat]);
	// d3-geo wants exterior rings clockwise on the sphere: west→east along the south edge is.
	return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** A new projection fitted to the frame (a fresh object: d3 projections are mutable). */
export function regionProjection(region: Region = REGION): GeoProjection {
	const { width, height, margin } = FRAME;
	// Standard parallels at a sixth and five sixths of the region's height (25° and 50° for Northeast Asia).
	const h = region.north - region.south;
	const parallels: [number, number] = sameRegion(region, REGION) ? [25, 50] : [region.south + h / 6, region.north - h / 6];
	return geoConicConformal()
		.parallels(parallels)
		.rotate([-(region.west + region.east) / 2, 0])
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			regionOutline(region)
		)
		.precision(0.2);
}

let shared: { region: Region; projection: GeoProjection } | undefined;
function projection(region: Region): GeoProjection {
	if (!shared || !sameRegion(shared.region, region)) shared = { region, projection: regionProjection(region) };
	return shared.projection;
}

/** Project [lon, lat] into frame coordinates. */
export function project(lonLat: [number, number], region: Region = REGION): [number, number] {
	const p = projection(region)(lonLat);
	if (!p) throw new Error(`cannot project ${lonLat.join(', ')}`);
	return p;
}

/** True when a point (frame coordinates) lies within the frame's margins. */
export function inFrame([x, y]: [number, number]): boolean {
	const { width, height, margin } = FRAME;
	return x >= margin && x <= width - margin && y >= margin && y <= height - margin;
}

/**
 * Where a capital is drawn. Inside the region: its projection. Outside: on the east or west edge
 * (whichever way round the globe is shorter), at the capital's latitude clamped into the region.
 */
export function capitalAnchor(lon: number, lat: number, region: Region = REGION): Anchor {
	// A region across the antimeridian has east > 180: look at the capital's longitude both ways round.
	const within = (l: number) => l >= region.west && l <= region.east;
	if (!within(lon) && within(lon + 360)) lon += 360;
	const inside = within(lon) && lat >= region.south && lat <= region.north;
	if (inside) {
		const [x, y] = project([lon, lat], region);
		return { x, y, offFrame: false };
	}
	const centre = (region.west + region.east) / 2;
	const eastward = (((lon - centre) % 360) + 360) % 360; // degrees to go east to reach the capital
	const edge = eastward < 180 ? 'east' : 'west';
	const clampedLat = Math.min(region.north - 6, Math.max(region.south + 4, lat));
	const [, py] = project([edge === 'east' ? region.east : region.west, clampedLat], region);
	const { width, height } = FRAME;
	const x = edge === 'east' ? width - EDGE_INSET : EDGE_INSET;
	return { x, y: Math.min(height - EDGE_INSET, Math.max(EDGE_INSET, py)), offFrame: true, edge };
}
