/** `npm run basemap`: regenerate src/lib/map/basemap.json from world-atlas (a test checks it is current). */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildBasemap } from '../src/lib/map/basemap';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const basemap = buildBasemap(topology);
const out = new URL('../src/lib/map/basemap.json', import.meta.url);
writeFileSync(out, JSON.stringify(basemap) + '\n');
console.log(`basemap: ${basemap.countries.length} countries, ${JSON.stringify(basemap).length} bytes`);
