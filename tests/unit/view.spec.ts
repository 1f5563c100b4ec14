import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/lib/data/types';
import { defaultView, type ViewContext } from '../../src/lib/model/view';
import { parseView, serialiseView, viewErrorMessage } from '../../src/lib/view/state';

const ctx: ViewContext = { years: { from: 2000, to: 2025 }, actorIds: ['CHN', 'JPN', 'KOR', 'MNG', 'PRK', 'RUS', 'TWN', 'USA'] };
const parse = (qs: string) => parseView(new URLSearchParams(qs), ctx);

describe('parseView', () => {
	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual({
			ok: true,
			view: {
				year: 2025,
				layers: ['military', 'trade', 'tension'],
				weights: { military: 1, trade: 1, tension: 1 },
				focus: null,
				geo: 0.7,
				mode: 'layers',
				min: 0,
				compare: null,
				states: null,
				blocs: false
			}
		});
	});

	it.each([
		{ qs: 'year=2011', expected: { year: 2011 } },
		{ qs: 'layers=trade,military', expected: { layers: ['military', 'trade'] } },
		{ qs: 'layers=', expected: { layers: [] } },
		{ qs: 'weights=military:2,trade:0.5,tension:0', expected: { weights: { military: 2, trade: 0.5, tension: 0 } } },
		{ qs: 'weights=trade:1.5', expected: { weights: { military: 1, trade: 1.5, tension: 1 } } },
		{ qs: 'focus=KOR', expected: { focus: 'KOR' } },
		{ qs: 'geo=0', expected: { geo: 0 } },
		{ qs: 'mode=composite', expected: { mode: 'composite' } },
		{ qs: 'min=0.5', expected: { min: 0.5 } },
		{ qs: 'compare=2011', expected: { compare: 2011 } },
		{ qs: 'blocs=1', expected: { blocs: true } },
		{ qs: 'blocs=0', expected: { blocs: false } },
		{ qs: 'compare=', expected: { compare: null } },
		{ qs: 'year=2016&compare=2016', expected: { year: 2016, compare: 2016 } },
		// Canonical order, whatever order they are given in; all of them is no filter.
		{ qs: 'states=USA,KOR,JPN', expected: { states: ['JPN', 'KOR', 'USA'] } },
		{ qs: 'states=CHN,JPN,KOR,MNG,PRK,RUS,TWN,USA', expected: { states: null } },
		{ qs: 'states=USA,JPN&focus=JPN', expected: { states: ['JPN', 'USA'], focus: 'JPN' } }
	])('reads $qs', ({ qs, expected }) => {
		const r = parse(qs);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.view).toMatchObject(expected);
	});

	it.each([
		{ qs: 'year=1999', param: 'year', error: 'year="1999" is not allowed: year must be a whole year from 2000 to 2025' },
		{ qs: 'year=2011.5', param: 'year', error: 'year="2011.5" is not allowed: year must be a whole year from 2000 to 2025' },
		{ qs: 'year=abc', param: 'year', error: 'year="abc" is not allowed: year must be a whole year from 2000 to 2025' },
		{
			qs: 'layers=military,economy',
			param: 'layers',
			error:
				'layers="military,economy" is not allowed: unknown layer "economy"; layers is a comma list of military, trade, tension (or empty for none)'
		},
		{
			qs: 'weights=military:3',
			param: 'weights',
			error: 'weights="military:3" is not allowed: weights must be layer:weight pairs with weights from 0 to 2 (military:3 is out of range)'
		},
		{
			qs: 'weights=army:1',
			param: 'weights',
			error:
				'weights="army:1" is not allowed: write layer:weight pairs such as military:1,trade:0.5,tension:2 (layers: military, trade, tension; weights 0 to 2)'
		},
		{
			qs: 'weights=military:-1',
			param: 'weights',
			error:
				'weights="military:-1" is not allowed: weights must be layer:weight pairs with weights from 0 to 2 (military:-1 is out of range)'
		},
		{ qs: 'focus=XXX', param: 'focus', error: 'focus="XXX" is not allowed: focus must be one of CHN, JPN, KOR, MNG, PRK, RUS, TWN, USA' },
		{ qs: 'focus=kor', param: 'focus', error: 'focus="kor" is not allowed: focus must be one of CHN, JPN, KOR, MNG, PRK, RUS, TWN, USA' },
		{ qs: 'geo=1.5', param: 'geo', error: 'geo="1.5" is not allowed: geo must be a number from 0 to 1' },
		{ qs: 'geo=NaN', param: 'geo', error: 'geo="NaN" is not allowed: geo must be a number from 0 to 1' },
		{ qs: 'mode=graph', param: 'mode', error: 'mode="graph" is not allowed: mode must be layers or composite' },
		{ qs: 'min=-0.1', param: 'min', error: 'min="-0.1" is not allowed: min must be a number from 0 to 1' },
		{ qs: 'min=', param: 'min', error: 'min="" is not allowed: min must be a number from 0 to 1' },
		{
			qs: 'zoom=2',
			param: 'zoom',
			error: 'unknown parameter "zoom"; allowed: year, layers, weights, focus, geo, mode, min, compare, states, blocs'
		},
		{ qs: 'compare=1999', param: 'compare', error: 'compare="1999" is not allowed: compare must be a whole year from 2000 to 2025' },
		{ qs: 'compare=2011.5', param: 'compare', error: 'compare="2011.5" is not allowed: compare must be a whole year from 2000 to 2025' },
		{ qs: 'compare=2011&compare=2012', param: 'compare', error: 'compare is given 2 times; give it once' },
		{
			qs: 'states=USA,XXX',
			param: 'states',
			error: 'states="USA,XXX" is not allowed: unknown state "XXX"; states is a comma list of CHN, JPN, KOR, MNG, PRK, RUS, TWN, USA'
		},
		{ qs: 'blocs=yes', param: 'blocs', error: 'blocs="yes" is not allowed: blocs must be 0 or 1' },
		{ qs: 'states=USA,USA', param: 'states', error: 'states="USA,USA" is not allowed: "USA" is listed twice' },
		{
			qs: 'states=USA,JPN&focus=CHN',
			param: 'focus',
			error: 'focus="CHN" is not allowed: the focused state must be one of the states drawn (JPN, USA)'
		},
		{ qs: 'year=2011&year=2012', param: 'year', error: 'year is given 2 times; give it once' },
		{ qs: 'layers=military,military', param: 'layers', error: 'layers="military,military" is not allowed: "military" is listed twice' },
		{
			qs: 'weights=military:1,military:2',
			param: 'weights',
			error: 'weights="military:1,military:2" is not allowed: military is given twice'
		}
	])('rejects $qs naming $param', ({ qs, param, error }) => {
		const r = parse(qs);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors).toContainEqual({ param, error });
	});

	it('reports every bad parameter at once', () => {
		const r = parse('year=1&mode=x&geo=9');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.map((e) => e.param).sort()).toEqual(['geo', 'mode', 'year']);
	});

	it('accepts extra parameters a route names', () => {
		expect(parseView(new URLSearchParams('download=1'), ctx, ['download']).ok).toBe(true);
	});
});

describe('serialiseView', () => {
	it('leaves defaults out', () => {
		expect(serialiseView(defaultView(ctx), ctx)).toBe('');
	});

	it('writes readable commas and colons', () => {
		const v = {
			...defaultView(ctx),
			year: 2011,
			layers: ['military', 'tension'] as ('military' | 'tension')[],
			weights: { military: 2, trade: 1, tension: 0.5 }
		};
		expect(serialiseView(v, ctx)).toBe('year=2011&layers=military,tension&weights=military:2,trade:1,tension:0.5');
	});

	it('round-trips any valid view', () => {
		const step = (n: number) => fc.integer({ min: 0, max: n }).map((i) => i / (n / (n === 20 ? 2 : 1)));
		const view = fc.record({
			year: fc.integer({ min: 2000, max: 2025 }),
			layers: fc.subarray([...LAYERS]),
			weights: fc.record({ military: step(20), trade: step(20), tension: step(20) }),
			focus: fc.constantFrom(null, ...ctx.actorIds),
			geo: step(20).map((x) => x / 2),
			mode: fc.constantFrom('layers' as const, 'composite' as const),
			min: fc.integer({ min: 0, max: 20 }).map((i) => i / 20),
			compare: fc.constantFrom(null, 2000, 2011, 2025),
			blocs: fc.boolean(),
			states: fc.subarray([...ctx.actorIds], { minLength: 1, maxLength: ctx.actorIds.length - 1 }).map((s) => (s.length ? s : null))
		});
		fc.assert(
			fc.property(view, (raw) => {
				// A focus outside the states drawn is an error, not a view.
				const v = raw.states && raw.focus && !raw.states.includes(raw.focus) ? { ...raw, focus: null } : raw;
				const r = parseView(new URLSearchParams(serialiseView(v, ctx)), ctx);
				expect(r).toEqual({ ok: true, view: v });
			})
		);
	});
});

describe('hardened parsing', () => {
	it.each(['\uFEFF0.5', '0.5\n', '\u30000.5', ' 0.5', '0.5 ', '+0.5', '0x1', '1e-1'])(
		'refuses geo=%j: one strict grammar for numbers',
		(raw) => {
			const r = parse(`geo=${encodeURIComponent(raw)}`);
			expect(r.ok).toBe(false);
			const w = parse(`weights=military:${encodeURIComponent(raw)}`);
			expect(w.ok).toBe(false);
		}
	);

	it('echoes at most 100 characters of a value, and lists at most 10 problems', () => {
		const long = 'x'.repeat(5000);
		const r = parse(`focus=${long}`);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors[0]!.error.length).toBeLessThan(300);
			expect(r.errors[0]!.error).toContain(`"${'x'.repeat(100)}…"`);
		}
		const many = parse(Array.from({ length: 3500 }, (_, i) => `p${i}=1`).join('&'));
		expect(many.ok).toBe(false);
		if (!many.ok) {
			const message = viewErrorMessage(many.errors);
			expect(message.match(/unknown parameter/g)).toHaveLength(10);
			expect(message).toMatch(/; and 3490 more$/);
		}
	});
});
