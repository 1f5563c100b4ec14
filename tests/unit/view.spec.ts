import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/lib/data/types';
import { FRAME } from '../../src/lib/layout/frame';
import { EXPORT_SIZES, defaultView, type ViewContext } from '../../src/lib/model/view';
import { captionText, parseView, serialiseView, viewErrorMessage } from '../../src/lib/view/state';
import { extentOf, fitExtent, panTo, zoomOf } from '../../src/lib/view/zoom';

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
				blocs: false,
				extent: null,
				size: 'page',
				title: null,
				note: null
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
			error:
				'unknown parameter "zoom"; allowed: year, layers, weights, focus, geo, mode, min, compare, states, blocs, view, size, title, note'
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

	it("reads the zoomed region (view=x0,y0,x1,y1), made to the frame's proportions", () => {
		expect(parse('view=240,160,720,480')).toEqual({
			ok: true,
			view: { ...defaultView(ctx), extent: { x0: 240, y0: 160, x1: 720, y1: 480 } }
		});
		// A region narrower than the frame's proportions is widened about its centre.
		const r = parse('view=400,100,500,400');
		expect(r.ok && r.view.extent).toEqual({ x0: 225, y0: 100, x1: 675, y1: 400 });
		// The whole frame is no zoom.
		expect(parse('view=0,0,960,640')).toEqual({ ok: true, view: defaultView(ctx) });
		for (const bad of ['1,2,3', '0,0,0,0', '500,0,400,300', '-1,0,480,320', '0,0,961,640', 'a,b,c,d', '0,0,480,320,1', ' 0,0,480,320'])
			expect(parse(`view=${encodeURIComponent(bad)}`)).toMatchObject({ ok: false, errors: [{ param: 'view' }] });
	});

	it('reads the export size, title and note', () => {
		for (const size of EXPORT_SIZES) expect(parse(`size=${size}`)).toMatchObject({ ok: true, view: { size } });
		expect(parse('size=A4')).toMatchObject({ ok: false, errors: [{ param: 'size' }] });
		const r = parse(`title=${encodeURIComponent(' Ties\n<b>&amp;\u0007 ')}&note=${encodeURIComponent('a\tb')}`);
		expect(r).toMatchObject({ ok: true, view: { title: 'Ties <b>&amp;', note: 'a b' } });
		expect(parse('title=')).toMatchObject({ ok: true, view: { title: null } });
		expect(parse(`note=${'é'.repeat(280)}`)).toMatchObject({ ok: true });
		const long = parse(`note=${'👍'.repeat(281)}`);
		expect(long).toMatchObject({ ok: false, errors: [{ param: 'note' }] });
		if (!long.ok) expect(long.errors[0]!.error).toBe('note is 281 characters long: at most 280 are allowed');
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
			states: fc.subarray([...ctx.actorIds], { minLength: 1, maxLength: ctx.actorIds.length - 1 }).map((s) => (s.length ? s : null)),
			extent: fc.option(
				fc
					.tuple(
						fc.double({ min: 0, max: 900, noNaN: true }),
						fc.double({ min: 0, max: 600, noNaN: true }),
						fc.double({ min: 1, max: 6, noNaN: true })
					)
					.map(([x, y, k]) => fitExtent({ x0: x, y0: y, x1: x + FRAME.width / k, y1: y + FRAME.height / k }, FRAME))
			),
			size: fc.constantFrom(...EXPORT_SIZES),
			title: fc.option(fc.string({ maxLength: 280, unit: 'grapheme' }).map((t) => captionText(t) || null)),
			note: fc.option(fc.string({ maxLength: 280, unit: 'binary' }).map((t) => captionText(t) || null))
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

describe('zoom and region', () => {
	it('a zoom and the region it shows go back and forth', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 6, noNaN: true }),
				fc.double({ min: -6000, max: 0, noNaN: true }),
				fc.double({ min: -4000, max: 0, noNaN: true }),
				(k, x, y) => {
					const zoom = panTo(x, y, k, FRAME);
					const back = zoomOf(extentOf(zoom, FRAME), FRAME);
					// A region within 1% of the whole frame is no zoom at all.
					if (FRAME.width / k >= FRAME.width * 0.99 - 0.1) {
						if (FRAME.width / k > FRAME.width * 0.99 + 0.1) expect(back).toEqual({ k: 1, x: 0, y: 0 });
						return;
					}
					expect(back.k).toBeCloseTo(zoom.k, 1);
					// The region is kept to 0.1 of a unit: its corner moves by up to 0.05, its width by up to 0.1 (so k by
					// k²·0.1/960, and the offset by that times at most 960), plus the widening kept within 0.2.
					const bound = 0.3 * k * k + 0.05 * k;
					expect(Math.abs(back.x - zoom.x)).toBeLessThanOrEqual(bound);
					expect(Math.abs(back.y - zoom.y)).toBeLessThanOrEqual(bound);
				}
			)
		);
		expect(extentOf({ k: 1, x: 0, y: 0 }, FRAME)).toBeNull();
		expect(zoomOf(extentOf(panTo(-3, -2, 1.005, FRAME), FRAME), FRAME)).toEqual({ k: 1, x: 0, y: 0 });
		expect(zoomOf(null, FRAME)).toEqual({ k: 1, x: 0, y: 0 });
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
