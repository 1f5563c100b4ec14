import { describe, expect, it } from 'vitest';
import { capitalAnchor, EDGE_INSET, FRAME, inFrame, project, REGION, regionFor, regionProjection } from '../../src/lib/layout/projection';
import { anchorsOf } from '../../src/lib/layout/anchors';
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

describe('regionFor', () => {
	const at = (lon: number, lat: number) => ({ capital: { lon, lat } });
	it('keeps Northeast Asia when at least half the capitals lie in it (the default data)', () => {
		expect(regionFor(defaultDataset().actors)).toBe(REGION);
		expect(regionFor([at(139.7, 35.7), at(127, 37.6), at(-77, 38.9), at(37.6, 55.8)])).toBe(REGION);
	});

	it('fits the box around capitals elsewhere, widened on every side', () => {
		const baltic = regionFor([at(24.75, 59.44), at(24.11, 56.95), at(25.28, 54.69), at(24.94, 60.17), at(37.62, 55.75)]);
		expect(baltic).toEqual({ west: 18, east: 44, south: 48, north: 67 });
		// South Asia with China: not the Northeast Asia frame, where Delhi and Islamabad would sit on its edge.
		const south = regionFor([at(77.2, 28.6), at(73.05, 33.7), at(90.4, 23.8), at(85.3, 27.7), at(116.4, 39.9)]);
		expect(south.west).toBeLessThan(73);
		expect(south.east).toBeGreaterThan(116);
	});

	it('crosses the antimeridian the short way for a Pacific dataset, and anchors every capital inside', () => {
		const pacific = [at(174.78, -41.29), at(178.44, -18.14), at(-171.76, -13.83), at(-175.2, -21.14)];
		const r = regionFor(pacific);
		expect(r.east - r.west).toBeLessThan(60);
		expect(r.east).toBeGreaterThan(180);
		const anchors = anchorsOf(
			pacific.map((p, i) => ({ id: String(i), ...p })),
			r
		);
		for (const a of Object.values(anchors)) {
			expect(a.offFrame).toBe(false);
			expect(a.x).toBeGreaterThan(0);
			expect(a.x).toBeLessThan(960);
		}
	});
});
