/** `npm run --silent scores -- --year 2011 [--format csv] [--states]`: a year's ties (or each state's standing), for use without the browser. */
import { formatScores, formatStates, parseScoresArgs } from '../src/lib/cli/scores';
import { defaultDataset } from '../src/lib/data/default/index';

const dataset = defaultDataset();
const args = parseScoresArgs(process.argv.slice(2), dataset.meta.years);
if ('error' in args) {
	process.stderr.write(`scores: ${args.error}\n`);
	process.exit(2);
}
process.stdout.write(args.states ? formatStates(dataset, args.year, args.format) : formatScores(dataset, args.year, args.format));
