import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { coverage, formatCoverage } from '../../src/lib/cli/coverage';
import { formatScores, formatStates, parseScoresArgs, SCORES_CSV_HEADER } from '../../src/lib/cli/scores';
import { defaultDataset } from '../../src/lib/data/default/index';
import { parseCsv } from '../../src/lib/export/csv';

const years = { from: 2000, to: 2025 };
const root = new URL('../../', import.meta.url).pathname;

describe('parseScoresArgs', () => {
	it.each([
		{ argv: ['--year', '2011'], expected: { year: 2011, format: 'json', states: false } },
		{ argv: ['--year=2011', '--format=csv'], expected: { year: 2011, format: 'csv', states: false } },
		{ argv: ['--year', '2011', '--states'], expected: { year: 2011, format: 'json', states: true } },
		{ argv: ['--states', '--year', '2011', '--states'], expected: { error: '--states is given twice; give it once' } },
		{ argv: ['--format', 'json', '--year', '2025'], expected: { year: 2025, format: 'json', states: false } },
		{ argv: ['--year', '1999'], expected: { error: '--year 1999 is outside the dataset: 2000..2025' } },
		{ argv: ['--year', 'soon'], expected: { error: '--year needs a year such as 2025, got "soon"' } },
		{ argv: ['--year'], expected: { error: '--year needs a year such as 2025, got nothing' } },
		{ argv: [], expected: { error: '--year is required (2000..2025)' } },
		{ argv: ['--year', '2011', '--format', 'xml'], expected: { error: '--format must be json or csv, got "xml"' } },
		{ argv: ['--year', '2011', '--year', '2012'], expected: { error: '--year is given twice; give it once' } },
		{
			argv: ['--year', '2011', '--verbose'],
			expected: { error: 'unknown argument "--verbose"; usage: scores --year YYYY [--format json|csv] [--states]' }
		}
	])('$argv', ({ argv, expected }) => {
		expect(parseScoresArgs(argv, years)).toEqual(expected);
	});
});

describe('formatStates', () => {
	it('gives each state its cooperation, tension, centrality and bloc, the same in JSON and CSV', () => {
		const d = defaultDataset();
		const json = JSON.parse(formatStates(d, 2011, 'json'));
		expect(json.year).toBe(2011);
		expect(json.states.map((s: { id: string }) => s.id)).toEqual(d.actors.map((a) => a.id).sort());
		const rows = parseCsv(formatStates(d, 2011, 'csv'));
		expect(rows[0]).toEqual(['state', 'name', 'cooperation', 'tension', 'centrality', 'bloc']);
		const usa = rows.find((r) => r[0] === 'USA')!;
		const j = json.states.find((s: { id: string }) => s.id === 'USA');
		expect(usa.slice(2).map(Number)).toEqual([j.cooperation, j.tension, j.centrality, j.bloc]);
		// The most central state's centrality is 1 by definition.
		expect(Math.max(...json.states.map((s: { centrality: number }) => s.centrality))).toBe(1);
	});
});

describe('formatScores', () => {
	const d = defaultDataset();
	it('prints every pair, in order, source < target, with scores, trade and evidence', () => {
		const ties = JSON.parse(formatScores(d, 2011, 'json'));
		expect(ties).toHaveLength(28);
		for (const t of ties) expect(t.source < t.target).toBe(true);
		expect(ties.map((t: { source: string; target: string }) => `${t.source}-${t.target}`)).toEqual(
			[...ties.map((t: { source: string; target: string }) => `${t.source}-${t.target}`)].sort()
		);
		const jk = ties.find((t: { source: string; target: string }) => t.source === 'JPN' && t.target === 'KOR');
		expect(Object.keys(jk)).toEqual(['source', 'target', 'scores', 'trade', 'missing', 'evidence']);
		expect(Object.keys(jk.scores)).toEqual(['military', 'trade', 'tension']);
		expect(jk.trade.status).toMatch(/^(sourced|estimated|missing)$/);
		expect(jk.evidence.length).toBeGreaterThan(0);
	});

	it('gives the same as CSV', () => {
		const rows = parseCsv(formatScores(d, 2011, 'csv'));
		const json = JSON.parse(formatScores(d, 2011, 'json'));
		expect(rows[0]).toEqual(SCORES_CSV_HEADER);
		expect(rows).toHaveLength(29);
		type Tie = {
			source: string;
			target: string;
			scores: { military: number; trade: number | null; tension: number };
			trade: { usdBn: number | null; status: string; reporter: string | null; sources: string[] };
			evidence: string[];
		};
		const num = (x: string) => (x === '' ? null : Number(x));
		const list = (x: string) => (x === '' ? [] : x.split(';'));
		const fromCsv = rows.slice(1).map((r) => ({
			source: r[0],
			target: r[1],
			scores: { military: Number(r[2]), trade: num(r[3]!), tension: Number(r[4]) },
			trade: { usdBn: num(r[5]!), status: r[6], reporter: r[7] === '' ? null : r[7], sources: list(r[8]!) },
			evidence: list(r[9]!)
		}));
		const columns = (t: Tie) => ({
			source: t.source,
			target: t.target,
			scores: t.scores,
			trade: { usdBn: t.trade.usdBn, status: t.trade.status, reporter: t.trade.reporter, sources: t.trade.sources },
			evidence: t.evidence
		});
		expect(fromCsv).toEqual((json as Tie[]).map(columns));
	});

	it('prints coverage with the 2,184 scores', () => {
		const text = formatCoverage(coverage(d), d.meta.name);
		expect(text).toContain('scores: 2184 (28 pairs × 26 years × 3 layers)');
		const c = coverage(d);
		expect(c.trade.sourced + c.trade.estimated + c.trade.missing).toBe(728);
	});
});

// Each test starts Node and tsx: allow for a loaded machine.
describe('the scores command', { timeout: 30_000 }, () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scores.ts', ...args], { cwd: root, encoding: 'utf8' });

	it('prints JSON for a year, the same as formatScores', () => {
		const r = run('--year', '2016');
		expect(r.status).toBe(0);
		expect(r.stdout).toBe(formatScores(defaultDataset(), 2016, 'json'));
		expect(JSON.parse(r.stdout)).toHaveLength(28);
	});

	it.each([['--year', '1990'], ['--year', '2011', '--format', 'yaml'], ['--bogus']])('exits 2 with a one-line error for %s', (...args) => {
		const r = run(...args);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/^scores: /);
	});
});
