import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildBasemap, type Basemap } from '../../src/lib/map/basemap';
import committed from '../../src/lib/map/basemap.json';
import { defaultDataset } from '../../src/lib/data/default/index';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

describe('basemap', () => {
	const built = buildBasemap(topology);

	it('is current: regenerating it from world-atlas gives the committed file (run `npm run basemap` if not)', () => {
		expect(built).toEqual(committed as Basemap);
	});

	it('is small: well under 40 KB gzip', () => {
		const bytes = gzipSync(JSON.stringify(committed)).length;
		expect(bytes).toBeLessThan(40 * 1024);
	});

	it('has every actor as exactly one feature, joined on zero-padded string ids', () => {
		for (const a of defaultDataset().actors) {
			if (a.id === 'USA') continue; // off the map: drawn at the frame's edge
			const hits = built.countries.filter((c) => c.id === a.isoNumeric);
			expect(hits, a.id).toHaveLength(1);
		}
	});

	it('keeps Taiwan and North Korea as their own features, and Russia despite the antimeridian', () => {
		const names = built.countries.map((c) => c.name);
		expect(names).toEqual(expect.arrayContaining(['Taiwan', 'North Korea', 'Russia', 'China', 'Mongolia']));
		const russia = built.countries.find((c) => c.id === '643')!;
		// Clipped to the frame: no coordinate outside it.
		const nums = russia.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...nums)).toBeLessThanOrEqual(960);
	});

	it('gives unique keys even where world-atlas ids repeat or are missing', () => {
		const keys = built.countries.map((c) => c.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	/** The vertices of a path's d attribute, as "x,y" strings (geoPath writes M/L/Z with comma pairs). */
	const vertices = (d: string) => d.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!;
	const near = (p: string, set: string[], dist: number) => {
		const [x, y] = p.split(',').map(Number) as [number, number];
		return set.some((q) => {
			const [qx, qy] = q.split(',').map(Number) as [number, number];
			return Math.hypot(qx - x, qy - y) <= dist;
		});
	};

	it.each([
		['North Korea', 'China'],
		['North Korea', 'South Korea'],
		['Mongolia', 'China'],
		['Mongolia', 'Russia'],
		['China', 'Russia']
	])('keeps the border of %s and %s one line: the vertices of one near the other are vertices of both', (a, b) => {
		const va = vertices(built.countries.find((c) => c.name === a)!.d);
		const vb = vertices(built.countries.find((c) => c.name === b)!.d);
		const setB = new Set(vb);
		const alongBorder = va.filter((p) => near(p, vb, 3));
		expect(alongBorder.length).toBeGreaterThan(10);
		// Only where the border ends (at a coast or a third country) may a vertex near the other
		// outline be its own. Thinning each country apart shared 36 of North Korea's 63 vertices
		// near China; simplifying the topology shares 38 of 39.
		const own = alongBorder.filter((p) => !setB.has(p));
		expect(own.length / alongBorder.length).toBeLessThanOrEqual(0.1);
		expect(own.length).toBeLessThanOrEqual(5);
	});
});
