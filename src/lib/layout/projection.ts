/**
 * The one projection of the app: a conformal conic fitted to Northeast Asia's frame. Every drawing
 * (page, exports, basemap build) projects through here. Capitals outside the frame (Moscow,
 * Washington) get an anchor on the frame's edge that faces them, at their latitude where it fits.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { EDGE_INSET, FRAME, REGION, type Anchor } from './frame';

export { EDGE_INSET, FRAME, REGION, type Anchor } from './frame';

/** The region's outline, densified so that the fit follows the conic's curved edges. */
export function regionOutline(): GeoJSON.Polygon {
	const { west, east, south, north } = REGION;
	const ring: [number, number][] = [];
	for (let lon = west; lon <= east; lon++) ring.push([lon, south]);
	for (let lat = south; lat <= north; lat++) ring.push([east, lat]);
	for (let lon = east; lon >= west; lon--) ring.push([lon, north]);
	for (let lat = north; lat >= south; lat--) ring.push([west, lat]);
	// d3-geo wants exterior rings clockwise on the sphere: west→east along the south edge is.
	return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** A new projection fitted to the frame (a fresh object: d3 projections are mutable). */
export function regionProjection(): GeoProjection {
	const { width, height, margin } = FRAME;
	return geoConicConformal()
		.parallels([25, 50])
		.rotate([-(REGION.west + REGION.east) / 2, 0])
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			regionOutline()
		)
		.precision(0.2);
}

let shared: GeoProjection | undefined;
function projection(): GeoProjection {
	return (shared ??= regionProjection());
}

/** Project [lon, lat] into frame coordinates. */
export function project(lonLat: [number, number]): [number, number] {
	const p = projection()(lonLat);
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
export function capitalAnchor(lon: number, lat: number): Anchor {
	const inside = lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
	if (inside) {
		const [x, y] = project([lon, lat]);
		return { x, y, offFrame: false };
	}
	const centre = (REGION.west + REGION.east) / 2;
	const eastward = (((lon - centre) % 360) + 360) % 360; // degrees to go east to reach the capital
	const edge = eastward < 180 ? 'east' : 'west';
	const clampedLat = Math.min(REGION.north - 6, Math.max(REGION.south + 4, lat));
	const [, py] = project([edge === 'east' ? REGION.east : REGION.west, clampedLat]);
	const { width, height } = FRAME;
	const x = edge === 'east' ? width - EDGE_INSET : EDGE_INSET;
	return { x, y: Math.min(height - EDGE_INSET, Math.max(EDGE_INSET, py)), offFrame: true, edge };
}
