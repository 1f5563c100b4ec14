/**
 * The page's zoom of the map: a scale and offset in SVG units, clamped so the map always covers
 * the frame (no panning past an edge, no zooming out beyond the whole frame). Pure.
 */

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
