/**
 * `npm run data:check [-- PATH]`: validate a dataset — the default one, or a JSON file / folder of
 * your own — and print what it covers. Exits 1 on any error, 2 on bad usage.
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { coverage, formatCoverage } from '../src/lib/cli/coverage';
import { defaultDatasetInput } from '../src/lib/data/default/index';
import { capMessages, readDataset } from '../src/lib/cli/read';
import { validateDataset, type ValidationResult } from '../src/lib/data/validate';
import { viewContext } from '../src/lib/model/view';
import { latestCompleteYear } from '../src/lib/data/trade';
import { validateStory } from '../src/lib/stories/story';

const args = process.argv.slice(2);
if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
	process.stderr.write(
		'data:check: usage: data:check [PATH]  (PATH: a dataset JSON file or a folder of meta/actors/sources/evidence/trade.json)\n'
	);
	process.exit(2);
}

const path = args[0];
if (path !== undefined) {
	try {
		lstatSync(path);
	} catch {
		process.stderr.write(`data:check: ${path}: no such file or folder\n`);
		process.exit(2);
	}
}
const result: ValidationResult = path === undefined ? validateDataset(defaultDatasetInput) : readDataset(path);

if (!result.ok) {
	process.stderr.write(`data:check: ${result.errors.length} error(s)\n${capMessages(result.errors).join('\n')}\n`);
	process.exit(1);
}
const report = coverage(result.dataset);
process.stdout.write(formatCoverage(report, result.dataset.meta.name) + '\n');
if (report.problems.length) {
	process.stderr.write(`data:check: ${report.problems.length} problem(s): see the lines starting "problem:" above\n`);
	process.exit(1);
}

// The default dataset's stories: each step's view and evidence ids checked against it.
if (path === undefined) {
	const dir = 'src/lib/stories';
	const ids = new Set(result.dataset.evidence.map((e) => e.id));
	const ctx = viewContext({ ...result.dataset, defaultYear: latestCompleteYear(result.dataset) });
	const errors: string[] = [];
	const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
	for (const f of files) {
		let raw: unknown;
		try {
			raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
		} catch (e) {
			errors.push(`${dir}/${f}: not valid JSON: ${(e as Error).message}`);
			continue;
		}
		const r = validateStory(raw, `${dir}/${f}`, ctx, ids);
		if (!r.ok) errors.push(...r.errors);
	}
	if (errors.length) {
		process.stderr.write(`data:check: ${errors.length} story error(s)\n${errors.slice(0, 50).join('\n')}\n`);
		process.exit(1);
	}
	process.stdout.write(`stories: ${files.length} valid (${files.join(', ')})\n`);
}
