/**
 * Where each state is anchored in the frame: its capital, projected, or a point on the frame's edge
 * for a capital off the map. Computed once per dataset where the projection is at hand (the server, the
 * exports, the tests) and handed to the layout, so the page's own layouts need no projection code.
 */
import { capitalAnchor, regionFor, type Anchor, type Region } from './projection';

export type Anchors = Readonly<Record<string, Anchor>>;

/**
 * Anchors are rounded to a thousandth of a pixel: the projection's trigonometry can differ in the last
 * bit between Node versions (V8's Math), and the anchors travel in the page's data, so unrounded the
 * same page would differ byte for byte between Node 20 and 24.
 */
const round = (v: number) => Math.round(v * 1000) / 1000;

/** Each actor's anchor in the region the actors are drawn in (`regionFor`: Northeast Asia for the default data). */
export function anchorsOf(
	actors: readonly { id: string; capital: { lon: number; lat: number } }[],
	region: Region = regionFor(actors)
): Anchors {
	return Object.fromEntries(
		actors.map((a) => {
			const { x, y, ...rest } = capitalAnchor(a.capital.lon, a.capital.lat, region);
			return [a.id, { ...rest, x: round(x), y: round(y) }];
		})
	);
}
