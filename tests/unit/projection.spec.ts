import { describe, expect, it } from 'vitest';
import { capitalAnchor, EDGE_INSET, FRAME, inFrame, project, REGION, regionProjection } from '../../src/lib/layout/projection';
import { defaultDataset } from '../../src/lib/data/default/index';

describe('regionProjection', () => {
	const p = regionProjection();

	it('fits the region into the frame, margins included', () => {
		const corners: [number, number][] = [
			[REGION.west, REGION.south],
			[REGION.east, REGION.south],
			[REGION.west, REGION.north],
			[REGION.east, REGION.north]
		];
		const pts = corners.map((c) => p(c)!);
		const xs = pts.map((q) => q[0]);
		const ys = pts.map((q) => q[1]);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(FRAME.margin - 0.5);
		expect(Math.max(...xs)).toBeLessThanOrEqual(FRAME.width - FRAME.margin + 0.5);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(FRAME.margin - 0.5);
		expect(Math.max(...ys)).toBeLessThanOrEqual(FRAME.height - FRAME.margin + 0.5);
		// fitExtent touches the extent on at least one pair of sides.
		const touchesX = Math.abs(Math.min(...xs) - FRAME.margin) < 1 || Math.abs(Math.max(...xs) - (FRAME.width - FRAME.margin)) < 1;
		const touchesY = Math.abs(Math.min(...ys) - FRAME.margin) < 1 || Math.abs(Math.max(...ys) - (FRAME.height - FRAME.margin)) < 1;
		expect(touchesX || touchesY).toBe(true);
	});

	it.each([
		[126.978, 37.5665],
		[139.6503, 35.6762],
		[116.4074, 39.9042],
		[121.5654, 25.033],
		[106.9057, 47.8864],
		[95, 20],
		[150, 55]
	] as [number, number][])('inverts its own projection at %s, %s', (lon, lat) => {
		const back = p.invert!(p([lon, lat])!)!;
		expect(back[0]).toBeCloseTo(lon, 6);
		expect(back[1]).toBeCloseTo(lat, 6);
	});

	it('puts north up and east right around Korea', () => {
		const seoul = project([126.978, 37.5665]);
		const pyongyang = project([125.7625, 39.0392]);
		const tokyo = project([139.6503, 35.6762]);
		expect(pyongyang[1]).toBeLessThan(seoul[1]);
		expect(tokyo[0]).toBeGreaterThan(seoul[0]);
	});

	it('is a fresh object each time: changing one projection (d3 projections are mutable) leaves the next and project() alone', () => {
		const seoul: [number, number] = [126.978, 37.5665];
		const before = project(seoul);
		const a = regionProjection();
		a.scale(a.scale() * 2)
			.translate([0, 0])
			.rotate([10, 0]);
		const b = regionProjection();
		expect(b(seoul)).toEqual(before);
		expect(project(seoul)).toEqual(before);
		expect(a(seoul)).not.toEqual(before);
	});
});

describe('capitalAnchor', () => {
	const d = defaultDataset();
	it.each(d.actors.map((a) => [a.id, a] as const))('%s lands inside the frame', (_id, a) => {
		const anchor = capitalAnchor(a.capital.lon, a.capital.lat);
		expect(inFrame([anchor.x, anchor.y])).toBe(true);
	});

	it('draws the capitals inside the region at their projection', () => {
		const seoul = capitalAnchor(126.978, 37.5665);
		expect(seoul.offFrame).toBe(false);
		const [x, y] = project([126.978, 37.5665]);
		expect(seoul.x).toBeCloseTo(x, 9);
		expect(seoul.y).toBeCloseTo(y, 9);
	});

	it('marks Washington on the east edge and Moscow on the west edge', () => {
		const washington = capitalAnchor(-77.0369, 38.9072);
		expect(washington).toMatchObject({ offFrame: true, edge: 'east', x: FRAME.width - EDGE_INSET });
		const moscow = capitalAnchor(37.6173, 55.7558);
		expect(moscow).toMatchObject({ offFrame: true, edge: 'west', x: EDGE_INSET });
	});
});
