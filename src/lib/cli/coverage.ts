/** What a dataset covers, as `npm run data:check` prints it: per layer, per pair and per decade. Pure. */
import { checkDataset, compactYears } from '../data/checks';
import { datasetYears, scoreYear } from '../data/rubric';
import { allPairs, groupByPair } from '../data/pairs';
import { allTradeSeries } from '../data/trade';
import { LAYERS, SOURCE_GRADES, type Dataset, type EvidenceLayer, type GapReason, type SourceGrade } from '../data/types';

export interface PairCoverage {
	pair: string;
	trade: { sourced: number; estimated: number; missing: number; gaps: Partial<Record<GapReason | 'undocumented', number[]>> };
	records: Record<EvidenceLayer, number>;
}

export interface Coverage {
	pairs: number;
	years: number;
	scores: number;
	trade: { sourced: number; estimated: number; missing: number };
	/** Pair-years with a score above zero, per evidence layer. */
	scored: Record<EvidenceLayer, number>;
	evidence: { military: number; tension: number; unconfirmed: number };
	/** Records that start in each decade, per layer (before the data's first year counts as "earlier"). */
	perDecade: { decade: string; military: number; tension: number }[];
	sources: number;
	grades: Record<SourceGrade, number>;
	totals: number;
	perPair: PairCoverage[];
	problems: string[];
	warnings: string[];
}

export function coverage(dataset: Dataset): Coverage {
	const pairs = allPairs(dataset.actors.map((a) => a.id));
	const byPair = groupByPair(dataset.evidence);
	const years = datasetYears(dataset);
	const series = allTradeSeries(dataset);
	const trade = { sourced: 0, estimated: 0, missing: 0 };
	const perPair: PairCoverage[] = pairs.map((pair) => {
		const t: PairCoverage['trade'] = { sourced: 0, estimated: 0, missing: 0, gaps: {} };
		for (const year of years) {
			const point = series.get(pair)?.get(year);
			const status = point?.status ?? 'missing';
			t[status]++;
			trade[status]++;
			if (status === 'missing') {
				const reason = point?.gap?.reason ?? 'undocumented';
				(t.gaps[reason] ??= []).push(year);
			}
		}
		const own = byPair.get(pair) ?? [];
		return {
			pair,
			trade: t,
			records: { military: own.filter((e) => e.layer === 'military').length, tension: own.filter((e) => e.layer === 'tension').length }
		};
	});
	const scored = { military: 0, tension: 0 };
	for (const year of years)
		for (const t of scoreYear(dataset, year))
			for (const layer of ['military', 'tension'] as const) if (t.scores[layer] > 0) scored[layer]++;
	const decades = new Map<string, { military: number; tension: number }>();
	for (const e of dataset.evidence) {
		const y = Number(e.from.slice(0, 4));
		const decade = y < dataset.meta.years.from ? 'earlier' : `${Math.floor(y / 10) * 10}s`;
		const row = decades.get(decade) ?? { military: 0, tension: 0 };
		row[e.layer]++;
		decades.set(decade, row);
	}
	const grades = Object.fromEntries(SOURCE_GRADES.map((g) => [g, dataset.sources.filter((s) => s.grade === g).length])) as Record<
		SourceGrade,
		number
	>;
	const { problems, warnings } = checkDataset(dataset);
	return {
		pairs: pairs.length,
		years: years.length,
		scores: pairs.length * years.length * LAYERS.length,
		trade,
		scored,
		evidence: {
			military: dataset.evidence.filter((e) => e.layer === 'military').length,
			tension: dataset.evidence.filter((e) => e.layer === 'tension').length,
			unconfirmed: dataset.evidence.filter((e) => !e.confirmed).length
		},
		perDecade: [...decades].sort((a, b) => a[0].localeCompare(b[0])).map(([decade, n]) => ({ decade, ...n })),
		sources: dataset.sources.length,
		grades,
		totals: dataset.totals.length,
		perPair,
		problems,
		warnings
	};
}

/** The coverage report as printed by `data:check`. */
export function formatCoverage(c: Coverage, name: string): string {
	const cells = c.pairs * c.years;
	const pct = (n: number) => `${((100 * n) / cells).toFixed(1)}%`;
	const lines = [
		`${name}: ${c.problems.length ? `valid, with ${c.problems.length} problem(s) to fix` : 'valid'}`,
		`scores: ${c.scores} (${c.pairs} pairs × ${c.years} years × 3 layers)`,
		`  military: ${c.evidence.military} records; ${c.scored.military} of ${cells} pair-years score above 0`,
		`  tension: ${c.evidence.tension} records; ${c.scored.tension} of ${cells} pair-years score above 0 (${c.evidence.unconfirmed} records unconfirmed: shown, not scored)`,
		`  trade: ${c.trade.sourced} sourced (${pct(c.trade.sourced)}), ${c.trade.estimated} estimated (${pct(c.trade.estimated)}), ${c.trade.missing} missing (${pct(c.trade.missing)}); ${c.totals} world totals for shares`,
		`records starting per decade: ${c.perDecade.map((d) => `${d.decade} ${d.military} military, ${d.tension} tension`).join('; ')}`,
		`sources: ${c.sources} (${Object.entries(c.grades)
			.map(([g, n]) => `${n} ${g}`)
			.join(', ')})`,
		'per pair (trade: sourced/estimated/missing; records: military/tension):'
	];
	for (const p of c.perPair) {
		const gaps = Object.entries(p.trade.gaps)
			.map(([reason, years]) => `${reason} ${compactYears(years)}`)
			.join('; ');
		lines.push(
			`  ${p.pair.padEnd(8)} trade ${String(p.trade.sourced).padStart(2)}/${String(p.trade.estimated).padStart(2)}/${String(p.trade.missing).padStart(2)}  records ${String(p.records.military).padStart(2)}/${String(p.records.tension).padStart(2)}${gaps ? `  missing: ${gaps}` : ''}`
		);
	}
	for (const w of c.warnings) lines.push(`warning: ${w}`);
	for (const p of c.problems) lines.push(`problem: ${p}`);
	return lines.join('\n');
}
