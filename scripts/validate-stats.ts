/**
 * `npx tsx scripts/validate-stats.ts FILE`: validate a dataset as `data:check` does (read, decode,
 * parse, validate, coverage) and print how long it took and the process's peak memory, as JSON. Used
 * by `npm run bench` to measure the limits on large files.
 */
import { readDataset } from '../src/lib/cli/read';
import { coverage } from '../src/lib/cli/coverage';

const t0 = performance.now();
const r = readDataset(process.argv[2]!);
const validateMs = performance.now() - t0;
if (r.ok) coverage(r.dataset);
const ms = performance.now() - t0;
process.stdout.write(
	JSON.stringify({ valid: r.ok, errors: r.ok ? 0 : r.errors.length, validateMs, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }) +
		'\n'
);
