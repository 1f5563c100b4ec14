import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from '../../src/lib/view/tooltip';

const size = { width: 200, height: 100 };
const area = { width: 960, height: 640 };
const inside = (p: { left: number; top: number }, d: { x: number; y: number }) =>
	d.x >= p.left && d.x <= p.left + size.width && d.y >= p.top && d.y <= p.top + size.height;

describe('tooltipPlacement', () => {
	it('goes below right of the anchor when nothing is in the way', () => {
		expect(tooltipPlacement({ x: 300, y: 300 }, size, area, [])).toEqual({ left: 314, top: 314 });
	});

	it('moves to another corner rather than cover a state', () => {
		const state = { x: 400, y: 360, r: 10 };
		const p = tooltipPlacement({ x: 300, y: 300 }, size, area, [state]);
		expect(inside(p, state)).toBe(false);
	});

	it('finds a corner clear of both ends of a short tie', () => {
		const a = { x: 420, y: 340, r: 12 };
		const b = { x: 190, y: 250, r: 12 };
		const p = tooltipPlacement({ x: 300, y: 300 }, size, area, [a, b]);
		expect(inside(p, a) || inside(p, b)).toBe(false);
	});

	it('stays inside the map near its edges', () => {
		const p = tooltipPlacement({ x: 950, y: 630 }, size, area, []);
		expect(p.left + size.width).toBeLessThanOrEqual(960);
		expect(p.top + size.height).toBeLessThanOrEqual(640);
	});
});
