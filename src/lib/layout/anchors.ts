/**
 * Where each state is anchored in the frame: its capital, projected, or a point on the frame's edge
 * for a capital off the map. Computed once per dataset where the projection is at hand (the server, the
 * exports, the tests) and handed to the layout, so the page's own layouts need no projection code.
 */
import { capitalAnchor, type Anchor } from './projection';

export type Anchors = Readonly<Record<string, Anchor>>;

export function anchorsOf(actors: readonly { id: string; capital: { lon: number; lat: number } }[]): Anchors {
	return Object.fromEntries(actors.map((a) => [a.id, capitalAnchor(a.capital.lon, a.capital.lat)]));
}
