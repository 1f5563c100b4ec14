/**
 * The frame of the drawing and the region it shows: numbers only, no projection code, so the page
 * can size and place things without loading d3-geo (the projection itself is `projection.ts`).
 */

/** The drawing's size in SVG user units; the SVG scales to its container. */
export const FRAME = { width: 960, height: 640, margin: 28 } as const;

/** How far in from the frame's edge an off-map capital's anchor sits: room for the largest node. */
export const EDGE_INSET = FRAME.margin + 14;

/** A region shown, in degrees. */
export interface Region {
	west: number;
	east: number;
	south: number;
	north: number;
}

/** The region shown for the default data (and any dataset whose capitals all lie in it). */
export const REGION: Readonly<Region> = { west: 88, east: 152, south: 18, north: 56 };

/** Where a state is anchored in the frame. */
export interface Anchor {
	x: number;
	y: number;
	/** True when the capital lies outside the region and the anchor sits on the frame's edge. */
	offFrame: boolean;
	/** For an off-frame anchor, the edge it sits on. */
	edge?: 'east' | 'west';
}
