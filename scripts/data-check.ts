/** `npm run data:check`: validate the default dataset and print what it covers; non-zero exit on any error. */
import { coverage, formatCoverage } from '../src/lib/data/cli';
import { defaultDatasetInput } from '../src/lib/data/default/index';
import { validateDataset } from '../src/lib/data/validate';

const result = validateDataset(defaultDatasetInput);
if (!result.ok) {
	process.stderr.write(`data:check: ${result.errors.length} error(s)\n${result.errors.join('\n')}\n`);
	process.exit(1);
}
process.stdout.write(formatCoverage(coverage(result.dataset), result.dataset.meta.name) + '\n');
