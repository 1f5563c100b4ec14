/**
 * The view state and its URL codec. The same query string drives the page, the API and the
 * exports; a parameter that is given but wrong is an error naming the parameter and what is
 * allowed — never silently replaced by a default.
 */
import { LAYERS, type Layer } from '../data/types';
import { echo, yearParam } from '../data/validate';
import { FRAME } from '../layout/frame';
import { round } from '../math';
import { CAPTION_MAX, EXPORT_SIZES, defaultView, type ExportSize, type ViewContext, type ViewState } from '../model/view';
import { fitExtent } from './zoom';

export interface ViewError {
	param: string;
	error: string;
}

export type ParsedView = { ok: true; view: ViewState } | { ok: false; errors: ViewError[] };

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const KNOWN = new Set([
	'year',
	'layers',
	'weights',
	'focus',
	'geo',
	'mode',
	'min',
	'compare',
	'states',
	'blocs',
	'view',
	'size',
	'title',
	'note'
]);

function number(raw: string, param: string, lo: number, hi: number, errors: ViewError[]): number | undefined {
	const what = `a number from ${lo} to ${hi}`;
	const value = Number(raw);
	// One strict grammar for every number: digits with an optional sign and fraction, nothing around them.
	if (!NUMBER.test(raw) || !Number.isFinite(value) || value < lo || value > hi) {
		errors.push({ param, error: `${param}=${echo(raw)} is not allowed: ${param} must be ${what}` });
		return undefined;
	}
	return value;
}

/**
 * Parse a query string into a view. Missing parameters take their defaults; given-but-wrong ones
 * are errors. `extra` names more parameters a route accepts (e.g. `download` on the export).
 */
export function parseView(params: URLSearchParams, ctx: ViewContext, extra: readonly string[] = []): ParsedView {
	const errors: ViewError[] = [];
	const view = defaultView(ctx);
	for (const key of new Set(params.keys())) {
		if (!KNOWN.has(key) && !extra.includes(key)) {
			errors.push({ param: key, error: `unknown parameter ${echo(key)}; allowed: ${[...KNOWN, ...extra].join(', ')}` });
		} else if (params.getAll(key).length > 1) {
			errors.push({ param: key, error: `${key} is given ${params.getAll(key).length} times; give it once` });
		}
	}

	const wholeYear = (param: string): number | undefined => {
		const raw = params.get(param);
		if (raw === null) return undefined;
		const r = yearParam(param, raw, ctx.years);
		if ('error' in r) errors.push({ param, error: r.error });
		return 'year' in r ? r.year : undefined;
	};
	view.year = wholeYear('year') ?? view.year;
	const compare = params.get('compare');
	if (compare !== '') view.compare = wholeYear('compare') ?? null;

	const layers = params.get('layers');
	if (layers !== null) {
		const list = layers === '' ? [] : layers.split(',').map((s) => s.trim());
		const bad = list.filter((l) => !(LAYERS as readonly string[]).includes(l));
		const twice = list.filter((l, i) => list.indexOf(l) !== i);
		if (twice.length && !bad.length)
			errors.push({
				param: 'layers',
				error: `layers=${echo(layers)} is not allowed: ${echo(twice[0]!)} is listed twice`
			});
		else if (bad.length)
			errors.push({
				param: 'layers',
				error: `layers=${echo(layers)} is not allowed: unknown layer ${bad.slice(0, 3).map(echo).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}; layers is a comma list of ${LAYERS.join(', ')} (or empty for none)`
			});
		else view.layers = LAYERS.filter((l) => list.includes(l));
	}

	const weights = params.get('weights');
	if (weights !== null) {
		const seen = new Set<string>();
		for (const part of weights.split(',')) {
			const [name, raw, ...rest] = part.split(':');
			if (name && seen.has(name.trim())) {
				errors.push({ param: 'weights', error: `weights=${echo(weights)} is not allowed: ${name.trim().slice(0, 100)} is given twice` });
				break;
			}
			if (name) seen.add(name.trim());
			if (!name || raw === undefined || rest.length || !(LAYERS as readonly string[]).includes(name.trim())) {
				errors.push({
					param: 'weights',
					error: `weights=${echo(weights)} is not allowed: write layer:weight pairs such as military:1,trade:0.5,tension:2 (layers: ${LAYERS.join(', ')}; weights 0 to 2)`
				});
				break;
			}
			const w = Number(raw);
			if (!NUMBER.test(raw) || !(w >= 0 && w <= 2)) {
				errors.push({
					param: 'weights',
					error: `weights=${echo(weights)} is not allowed: weights must be layer:weight pairs with weights from 0 to 2 (${`${name.trim()}:${raw}`.slice(0, 100)} is out of range)`
				});
				break;
			}
			view.weights[name.trim() as Layer] = w;
		}
	}

	const states = params.get('states');
	if (states !== null && states !== '') {
		const list = states.split(',').map((s) => s.trim());
		const bad = list.filter((id) => !ctx.actorIds.includes(id));
		const twice = list.filter((id, i) => list.indexOf(id) !== i);
		if (bad.length)
			errors.push({
				param: 'states',
				error: `states=${echo(states)} is not allowed: unknown state ${bad.slice(0, 3).map(echo).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}; states is a comma list of ${[...ctx.actorIds].sort().join(', ')}`
			});
		else if (twice.length)
			errors.push({
				param: 'states',
				error: `states=${echo(states)} is not allowed: ${echo(twice[0]!)} is listed twice`
			});
		else if (list.length < ctx.actorIds.length) view.states = ctx.actorIds.filter((id) => list.includes(id));
	}

	const focus = params.get('focus');
	if (focus !== null && focus !== '') {
		if (!ctx.actorIds.includes(focus))
			errors.push({
				param: 'focus',
				error: `focus=${echo(focus)} is not allowed: focus must be one of ${[...ctx.actorIds].sort().join(', ')}`
			});
		else if (view.states && !view.states.includes(focus))
			errors.push({
				param: 'focus',
				error: `focus=${echo(focus)} is not allowed: the focused state must be one of the states drawn (${view.states.join(', ')})`
			});
		else view.focus = focus;
	}

	const geo = params.get('geo');
	if (geo !== null) {
		const g = number(geo, 'geo', 0, 1, errors);
		if (g !== undefined) view.geo = g;
	}

	const mode = params.get('mode');
	if (mode !== null) {
		if (mode !== 'layers' && mode !== 'composite')
			errors.push({ param: 'mode', error: `mode=${echo(mode)} is not allowed: mode must be layers or composite` });
		else view.mode = mode;
	}

	const min = params.get('min');
	if (min !== null) {
		const m = number(min, 'min', 0, 1, errors);
		if (m !== undefined) view.min = m;
	}

	const blocs = params.get('blocs');
	if (blocs !== null) {
		if (blocs !== '0' && blocs !== '1') errors.push({ param: 'blocs', error: `blocs=${echo(blocs)} is not allowed: blocs must be 0 or 1` });
		else view.blocs = blocs === '1';
	}

	const region = params.get('view');
	if (region !== null && region !== '') {
		const parts = region.split(',');
		const what = `view=${echo(region)} is not allowed: view is the region of the map shown, x0,y0,x1,y1 in map units (0–${FRAME.width} across, 0–${FRAME.height} down), with x0 < x1 and y0 < y1`;
		const [x0, y0, x1, y1] = parts.map((p) => (NUMBER.test(p) ? Number(p) : NaN));
		if (parts.length !== 4 || [x0, y0, x1, y1].some((v) => !Number.isFinite(v))) errors.push({ param: 'view', error: what });
		else if (x0! < 0 || y0! < 0 || x1! > FRAME.width || y1! > FRAME.height || x0! >= x1! || y0! >= y1!)
			errors.push({ param: 'view', error: what });
		else view.extent = fitExtent({ x0: x0!, y0: y0!, x1: x1!, y1: y1! }, FRAME);
	}

	const size = params.get('size');
	if (size !== null) {
		if (!(EXPORT_SIZES as readonly string[]).includes(size))
			errors.push({ param: 'size', error: `size=${echo(size)} is not allowed: size must be one of ${EXPORT_SIZES.join(', ')}` });
		else view.size = size as ExportSize;
	}

	for (const key of ['title', 'note'] as const) {
		const raw = params.get(key);
		if (raw === null) continue;
		const value = captionText(raw);
		const length = [...value].length;
		if (length > CAPTION_MAX) errors.push({ param: key, error: `${key} is ${length} characters long: at most ${CAPTION_MAX} are allowed` });
		else view[key] = value === '' ? null : value;
	}

	return errors.length ? { ok: false, errors } : { ok: true, view };
}

/**
 * A title or note as it is kept: white space (line breaks too) made single spaces; control characters
 * and the invisible ones that reorder text (bidirectional overrides and isolates) dropped.
 */
export function captionText(raw: string): string {
	return (
		raw
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Trim a number for the URL: at most 3 decimals, no trailing zeros. */
function short(n: number): string {
	return String(round(n, 3));
}

/** The query string of a view (without "?"); parameters at their default are left out. */
export function serialiseView(view: ViewState, ctx: ViewContext): string {
	const d = defaultView(ctx);
	const p = new URLSearchParams();
	if (view.year !== d.year) p.set('year', String(view.year));
	const layers = LAYERS.filter((l) => view.layers.includes(l));
	if (layers.join(',') !== d.layers.join(',')) p.set('layers', layers.join(','));
	if (LAYERS.some((l) => view.weights[l] !== d.weights[l])) p.set('weights', LAYERS.map((l) => `${l}:${short(view.weights[l])}`).join(','));
	if (view.focus) p.set('focus', view.focus);
	if (view.geo !== d.geo) p.set('geo', short(view.geo));
	if (view.mode !== d.mode) p.set('mode', view.mode);
	if (view.min !== d.min) p.set('min', short(view.min));
	if (view.compare !== null) p.set('compare', String(view.compare));
	if (view.states) p.set('states', ctx.actorIds.filter((id) => view.states!.includes(id)).join(','));
	if (view.blocs) p.set('blocs', '1');
	if (view.extent) p.set('view', [view.extent.x0, view.extent.y0, view.extent.x1, view.extent.y1].map(short).join(','));
	if (view.size !== d.size) p.set('size', view.size);
	if (view.title) p.set('title', view.title);
	if (view.note) p.set('note', view.note);
	// Commas and colons are safe in a query and much easier to read unescaped.
	return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** One message for a failed parse, as the API's `{ "error": … }` body gives it: at most 10 problems. */
export function viewErrorMessage(errors: readonly ViewError[]): string {
	const more = errors.length > 10 ? `; and ${errors.length - 10} more` : '';
	return (
		errors
			.slice(0, 10)
			.map((e) => e.error)
			.join('; ') + more
	);
}

export { echo } from '../data/validate';
