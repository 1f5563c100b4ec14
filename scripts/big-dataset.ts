/**
 * A large valid dataset for measuring limits: the default data plus generated records (marked as such
 * in their ids and words) until the JSON reaches the size asked for. `npx tsx scripts/big-dataset.ts MB FILE`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultDataset } from '../src/lib/data/default/index';

export function bigDataset(targetBytes: number) {
	const d = structuredClone(defaultDataset());
	const pairs = [...new Set(d.evidence.map((e) => e.pair))];
	const src = d.sources.filter((s) => s.grade !== 'secondary').map((s) => s.id);
	const text = 'A generated record for measuring: the validator reads it, checks its pair, dates, sources and kind, and scores it. '.repeat(
		3
	);
	let i = 0;
	let size = JSON.stringify(d).length;
	while (size < targetBytes) {
		const e = {
			id: `gen-${i}`,
			title: `Generated record ${i}`,
			pair: pairs[i % pairs.length]!,
			layer: 'tension' as const,
			kind: 'incident' as const,
			from: `${2000 + (i % 26)}-0${1 + (i % 9)}-1${i % 9}`,
			magnitude: (1 + (i % 3)) as 1 | 2 | 3,
			confirmed: true,
			description: text,
			sources: [src[i % src.length]!]
		};
		d.evidence.push(e);
		size += JSON.stringify(e).length + 2;
		i++;
	}
	return d;
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const d = bigDataset(Number(process.argv[2]) * 1024 * 1024);
	writeFileSync(process.argv[3]!, JSON.stringify(d));
	console.log(`${d.evidence.length} records`);
}
