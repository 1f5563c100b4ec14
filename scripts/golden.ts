/**
 * `npm run golden`: compare each golden export with what the code draws now (from the frozen
 * fixture dataset), and for each that differs show a unified text diff and write
 * `tests/golden/<name>-compare.png`: the committed golden and the new drawing side by side, as
 * rsvg-convert renders them. Nothing is accepted until named:
 *
 *   npm run golden                          # show what changed
 *   npm run golden -- --accept 2011-geo-0   # write that golden (and only that one)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { goldenDataset } from '../tests/fixtures/golden-dataset/index';
import { GOLDEN_VIEWS, normalise, renderView } from '../tests/helpers/svg';

const { values } = parseArgs({ options: { accept: { type: 'string', multiple: true }, help: { type: 'boolean' } }, strict: true });
if (values.help) {
	console.log('usage: npm run golden [-- --accept NAME [--accept NAME …]]');
	process.exit(0);
}
const dir = new URL('../tests/golden/', import.meta.url).pathname;
const accept = new Set(values.accept ?? []);
for (const name of accept) {
	if (!(name in GOLDEN_VIEWS)) {
		console.error(`golden: no golden view named ${JSON.stringify(name)}; names: ${Object.keys(GOLDEN_VIEWS).join(', ')}`);
		process.exit(2);
	}
}

/** Render an SVG file to PNG with rsvg-convert, at its own size on white. */
function render(svgPath: string, pngPath: string): PNG {
	const r = spawnSync('rsvg-convert', ['-b', 'white', '-o', pngPath, svgPath]);
	if (r.status !== 0) throw new Error(`rsvg-convert failed on ${svgPath}: ${r.stderr}`);
	return PNG.sync.read(readFileSync(pngPath));
}

/** Two renderings side by side (golden left, new right) with a grey gutter. */
function sideBySide(a: PNG, b: PNG): PNG {
	const gap = 16;
	const out = new PNG({ width: a.width + gap + b.width, height: Math.max(a.height, b.height) });
	out.data.fill(200);
	PNG.bitblt(a, out, 0, 0, a.width, a.height, 0, 0);
	PNG.bitblt(b, out, 0, 0, b.width, b.height, a.width + gap, 0);
	return out;
}

const scratch = mkdtempSync(join(tmpdir(), 'aa-golden-'));
let changed = 0;
let accepted = 0;
for (const [name, query] of Object.entries(GOLDEN_VIEWS)) {
	const goldenPath = join(dir, `${name}.svg`);
	const newPath = join(scratch, `${name}.svg`);
	const svg = normalise(renderView(goldenDataset(), query));
	writeFileSync(newPath, svg);
	const old = existsSync(goldenPath) ? normalise(readFileSync(goldenPath, 'utf8')) : null;
	if (old === svg) {
		console.log(`${name}: unchanged`);
		continue;
	}
	changed++;
	if (accept.has(name)) {
		writeFileSync(goldenPath, svg);
		rmSync(join(dir, `${name}-compare.png`), { force: true });
		rmSync(join(dir, `${name}-changed.svg`), { force: true });
		console.log(`${name}: accepted, tests/golden/${name}.svg written`);
		accepted++;
		continue;
	}
	console.log(`\n${name}: differs from tests/golden/${name}.svg (${query})`);
	if (old === null) console.log('  (no golden file yet)');
	else {
		const diff = spawnSync('diff', ['-u', '--label', `golden/${name}.svg`, '--label', `now/${name}.svg`, goldenPath, newPath], {
			encoding: 'utf8'
		});
		console.log(diff.stdout);
		const compare = join(dir, `${name}-compare.png`);
		writeFileSync(
			compare,
			PNG.sync.write(sideBySide(render(goldenPath, join(scratch, 'old.png')), render(newPath, join(scratch, 'new.png'))))
		);
		console.log(`  side by side (golden left, now right): tests/golden/${name}-compare.png`);
	}
	console.log(`  accept with: npm run golden -- --accept ${name}`);
}
rmSync(scratch, { recursive: true, force: true });
const waiting = changed - accepted;
console.log(
	`\n${accepted ? `${accepted} accepted. ` : ''}${waiting ? `${waiting} golden file(s) differ and wait for review.` : 'Every golden file matches the code.'}`
);
