/**
 * The default dataset, shipped in the repository as readable, diffable JSON (one record a line),
 * validated once on first use. A broken default dataset is a build error, not a runtime surprise:
 * `npm run data:check` and the unit tests fail on it.
 */
import type { Dataset } from '../types';
import { validateDataset, type DatasetInput } from '../validate';
import actors from './actors.json';
import evidence from './evidence.json';
import meta from './meta.json';
import sources from './sources.json';
import gaps from './gaps.json';
import totals from './totals.json';
import trade from './trade.json';

/** The raw parts, as read from the JSON files. */
export const defaultDatasetInput: DatasetInput = { meta, actors, sources, evidence, trade, totals, gaps };

let cached: Dataset | undefined;

/** The validated default dataset; throws with every validation message if it is broken. */
export function defaultDataset(): Dataset {
	if (!cached) {
		const result = validateDataset(defaultDatasetInput);
		if (!result.ok) throw new Error(`The default dataset is invalid:\n${result.errors.join('\n')}`);
		cached = result.dataset;
	}
	return cached;
}
