/**
 * The page's zoom of the map: a scale and offset in SVG units, clamped so the map always covers
 * the frame (no panning past an edge, no zooming out beyond the whole frame). Pure. The zoom travels
 * in the view as the region it shows (`extent`, URL `view=x0,y0,x1,y1`), which the exports draw.
 */
import { round } from '../math';
import type { Extent } from '../model/view';

export interface Zoom {
	k: number;
	x: number;
	y: number;
}

export const NO_ZOOM: Zoom = Object.freeze({ k: 1, x: 0, y: 0 });
export const MAX_ZOOM = 6;

type Frame = { width: number; height: number };

/** Pan to offset (x, y) at scale k, clamped: k to [1, MAX_ZOOM], the offset so the map covers the frame. */
export function panTo(x: number, y: number, k: number, frame: Frame): Zoom {
	const scale = Math.min(MAX_ZOOM, Math.max(1, k));
	const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - scale), v));
	return { k: scale, x: clamp(x, frame.width), y: clamp(y, frame.height) };
}

/** Zoom by `factor` about the frame's centre. */
export function zoomBy(zoom: Zoom, factor: number, frame: Frame): Zoom {
	const k = Math.min(MAX_ZOOM, Math.max(1, zoom.k * factor));
	const cx = frame.width / 2;
	const cy = frame.height / 2;
	return panTo(cx - (cx - zoom.x) * (k / zoom.k), cy - (cy - zoom.y) * (k / zoom.k), k, frame);
}

/** The region of the frame a zoom shows (frame units), or null for the whole frame. */
export function extentOf(zoom: Zoom, frame: Frame): Extent | null {
	if (zoom.k === 1) return null;
	const x0 = -zoom.x / zoom.k;
	const y0 = -zoom.y / zoom.k;
	return roundExtent({ x0, y0, x1: x0 + frame.width / zoom.k, y1: y0 + frame.height / zoom.k });
}

/** The zoom that shows a region (made to fit the frame's proportions first). */
export function zoomOf(extent: Extent | null, frame: Frame): Zoom {
	const e = extent && fitExtent(extent, frame);
	if (!e) return NO_ZOOM;
	const k = frame.width / (e.x1 - e.x0);
	return panTo(-e.x0 * k, -e.y0 * k, k, frame);
}

/**
 * Any region of the frame as the page can show it: widened (or heightened) about its centre to the
 * frame's proportions, at most MAX_ZOOM times enlarged, moved inside the frame, and rounded to 0.1;
 * null when it is the whole frame.
 */
export function fitExtent(e: Extent, frame: Frame): Extent | null {
	const aspect = frame.width / frame.height;
	let w = Math.max(e.x1 - e.x0, frame.width / MAX_ZOOM);
	let h = Math.max(e.y1 - e.y0, frame.height / MAX_ZOOM);
	// Within rounding of the proportions already (a region this gave back), it is kept as it is.
	if (w / aspect - h > 0.2) h = w / aspect;
	else if (h * aspect - w > 0.2) w = h * aspect;
	w = Math.min(w, frame.width);
	h = Math.min(h, frame.height);
	const cx = (e.x0 + e.x1) / 2;
	const cy = (e.y0 + e.y1) / 2;
	const x0 = Math.min(frame.width - w, Math.max(0, cx - w / 2));
	const y0 = Math.min(frame.height - h, Math.max(0, cy - h / 2));
	const fitted = roundExtent({ x0, y0, x1: x0 + w, y1: y0 + h });
	// Within 1% of the whole frame is no zoom (no Zoom out with nothing to undo).
	return fitted.x1 - fitted.x0 >= frame.width * 0.99 ? null : fitted;
}

const round1 = (v: number) => round(v, 1);
function roundExtent(e: Extent): Extent {
	return { x0: round1(e.x0), y0: round1(e.y0), x1: round1(e.x1), y1: round1(e.y1) };
}
