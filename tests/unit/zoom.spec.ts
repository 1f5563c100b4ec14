import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, NO_ZOOM, panTo, zoomBy } from '../../src/lib/view/zoom';

const frame = { width: 960, height: 640 };

describe('zoom', () => {
	it('zooms about the frame centre: the centre stays where it was', () => {
		const z = zoomBy(NO_ZOOM, 2, frame);
		expect(z).toEqual({ k: 2, x: -480, y: -320 });
		// The frame centre (480, 320) maps to itself: 480 * 2 - 480 = 480.
		expect(480 * z.k + z.x).toBe(480);
		expect(320 * z.k + z.y).toBe(320);
	});

	it.each([
		{ from: NO_ZOOM, factor: 0.5, expected: NO_ZOOM },
		{ from: { k: 5, x: -2000, y: -1300 }, factor: 4, k: MAX_ZOOM },
		{ from: { k: 2, x: -480, y: -320 }, factor: 1 / 2, expected: NO_ZOOM }
	])('clamps the scale to 1..$k', ({ from, factor, expected, k }) => {
		const z = zoomBy(from, factor, frame);
		if (expected) expect(z).toEqual(expected);
		if (k) expect(z.k).toBe(k);
	});

	it.each([
		{ x: 100, y: 100, k: 2, expected: { k: 2, x: 0, y: 0 } },
		{ x: -5000, y: -5000, k: 2, expected: { k: 2, x: -960, y: -640 } },
		{ x: -300, y: -200, k: 3, expected: { k: 3, x: -300, y: -200 } },
		{ x: -10, y: -10, k: 1, expected: { k: 1, x: 0, y: 0 } },
		{ x: -10, y: -10, k: 0.2, expected: { k: 1, x: 0, y: 0 } }
	])('keeps the map covering the frame when panning to ($x, $y) at $k', ({ x, y, k, expected }) => {
		expect(panTo(x, y, k, frame)).toEqual(expected);
	});

	it('does not change the zoom it is given', () => {
		const z = { k: 2, x: -100, y: -100 };
		zoomBy(z, 2, frame);
		expect(z).toEqual({ k: 2, x: -100, y: -100 });
	});
});
