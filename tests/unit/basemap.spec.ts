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
});
