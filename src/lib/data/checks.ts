/**
 * Checks of a valid dataset that go beyond its shape: problems that make `data:check` fail (a
 * record resting only on secondary sources, a pair-year with no trade figure and no documented
 * reason) and warnings that ask for a look (one mechanism coded at different
 * magnitudes, records of one mechanism overlapping on a pair, unused sources). Pure.
 */
import { parsePartialDate } from './dates';
import { allPairs, groupByPair } from './pairs';
import { KIND_RULES } from './rules';
import { allTradeSeries } from './trade';
import type { Dataset, Evidence } from './types';

export interface DatasetChecks {
	/** Problems: the dataset is not fit to publish until they are fixed. */
	problems: string[];
	warnings: string[];
}

const span = (e: Evidence) => {
	const from = parsePartialDate(e.from)!;
	const to = e.to ? parsePartialDate(e.to) : null;
	return { first: from.first, last: to ? to.last : Number.POSITIVE_INFINITY };
};

export function checkDataset(d: Dataset): DatasetChecks {
	const problems: string[] = [];
	const warnings: string[] = [];
	const grade = new Map(d.sources.map((s) => [s.id, s.grade]));
	const solid = (ids: readonly string[]) => ids.some((id) => grade.get(id) === 'primary' || grade.get(id) === 'reporting');

	for (const e of d.evidence) {
		if (!solid(e.sources))
			problems.push(`evidence '${e.id}': rests only on secondary sources (${e.sources.join(', ')}); add a primary or reporting source`);
	}
	for (const t of d.trade) {
		if (!solid([t.source])) problems.push(`trade ${t.pair} ${t.year} (${t.reporter}): rests only on the secondary source '${t.source}'`);
	}
	for (const t of d.totals) {
		if (!solid([t.source])) problems.push(`totals ${t.actor} ${t.year}: rests only on the secondary source '${t.source}'`);
	}

	// One mechanism, one magnitude per kind.
	const byMechanism = new Map<string, Evidence[]>();
	for (const e of d.evidence)
		if (e.mechanism) byMechanism.set(`${e.mechanism} ${e.kind}`, [...(byMechanism.get(`${e.mechanism} ${e.kind}`) ?? []), e]);
	for (const [key, list] of byMechanism) {
		const magnitudes = new Set(list.map((e) => e.magnitude));
		if (magnitudes.size > 1) {
			const [mechanism, kind] = key.split(' ');
			warnings.push(
				`mechanism '${mechanism}' (${kind}) is coded at different magnitudes: ${list.map((e) => `${e.id} ${e.magnitude}`).join(', ')}; one mechanism, one magnitude`
			);
		}
	}
	// Two arrangements of the same kind in force together on a pair may count one thing twice, unless
	// they are declared distinct mechanisms (records of one mechanism succeed each other by themselves).
	// One sweep per pair and kind, records by start date: each overlaps the latest-ending record before
	// it, if any does; at most three are named per pair and kind, then a count (no quadratic work).
	for (const [pair, list] of groupByPair(d.evidence.filter((e) => e.confirmed && KIND_RULES[e.kind].timing === 'period'))) {
		const byKind = new Map<string, Evidence[]>();
		for (const e of list) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
		for (const [kind, records] of byKind) {
			const sorted = records.map((e) => ({ e, ...span(e) })).sort((x, y) => x.first - y.first || x.e.id.localeCompare(y.e.id));
			let open: (typeof sorted)[number] | null = null;
			let found = 0;
			for (const r of sorted) {
				if (open && r.first <= open.last && !(open.e.mechanism && r.e.mechanism)) {
					if (found < 3)
						warnings.push(
							`${pair}: '${open.e.id}' and '${r.e.id}' (both ${kind}) are in force together and may count one thing twice; if one replaced the other, end it the day before, or give each its mechanism`
						);
					found++;
				}
				if (!open || r.last > open.last) open = r;
			}
			if (found > 3) warnings.push(`${pair}: ${found - 3} more overlaps of ${kind} records`);
		}
	}

	// Every year of a pair that trades has a figure, an estimate, or a documented reason.
	const series = allTradeSeries(d);
	for (const pair of allPairs(d.actors.map((a) => a.id))) {
		const undocumented: number[] = [];
		for (let year = d.meta.years.from; year <= d.meta.years.to; year++) {
			const point = series.get(pair)?.get(year);
			if ((!point || point.status === 'missing') && !point?.gap) undocumented.push(year);
		}
		if (undocumented.length)
			problems.push(
				`trade ${pair}: no figure and no documented gap for ${compactYears(undocumented)}; add the figures, or say in gaps.json why there are none (negligible, unpublished, not-found with where it would be published)`
			);
	}

	const used = new Set([...d.evidence.flatMap((e) => e.sources), ...d.trade.map((t) => t.source), ...d.totals.map((t) => t.source)]);
	const unused = d.sources.filter((s) => !used.has(s.id)).map((s) => s.id);
	if (unused.length)
		warnings.push(
			`${unused.length} source(s) not cited by any record: ${unused.slice(0, 10).join(', ')}${unused.length > 10 ? ', …' : ''}`
		);
	warnings.push(...textWarnings(d));
	return { problems, warnings };
}

/** 2000, 2001, 2002, 2005 -> "2000–2002, 2005". */
export function compactYears(years: readonly number[]): string {
	const out: string[] = [];
	let start: number | undefined;
	let prev: number | undefined;
	for (const y of [...years].sort((a, b) => a - b)) {
		if (prev !== undefined && y === prev + 1) {
			prev = y;
			continue;
		}
		if (start !== undefined) out.push(start === prev ? `${start}` : `${start}–${prev}`);
		start = y;
		prev = y;
	}
	if (start !== undefined) out.push(start === prev ? `${start}` : `${start}–${prev}`);
	return out.join(', ');
}

const FORMULA = /^[=+\-@]/;
const HTML = /<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i;

/**
 * Text that would be taken for something else: a spreadsheet formula (it starts with =, +, - or @ —
 * the CSV export neutralises it, but another tool may not) or HTML markup (shown as text, never as
 * markup, so the reader sees the tags). Warnings: the data is still valid.
 */
export function textWarnings(d: Dataset): string[] {
	const out: string[] = [];
	const look = (where: string, field: string, text: string | undefined) => {
		if (!text) return;
		if (FORMULA.test(text) && !/^-?\d/.test(text))
			out.push(`${where}: ${field} starts like a spreadsheet formula (${JSON.stringify(text.slice(0, 30))}); it is kept and shown as text`);
		if (HTML.test(text))
			out.push(
				`${where}: ${field} contains HTML markup (${JSON.stringify(HTML.exec(text)![0].slice(0, 30))}); it is shown as text, tags and all`
			);
	};
	for (const e of d.evidence) {
		look(`evidence '${e.id}'`, 'description', e.description);
		look(`evidence '${e.id}'`, 'title', e.title);
	}
	for (const s of d.sources) {
		look(`source '${s.id}'`, 'title', s.title);
		look(`source '${s.id}'`, 'publisher', s.publisher);
	}
	for (const a of d.actors) look(`actor '${a.id}'`, 'name', a.name);
	return out;
}
