/**
 * Guided stories: an ordered list of steps, each a view (any URL state) and a short caption citing
 * evidence ids. Stories are data files (`src/lib/stories/*.json`) an editor writes without code;
 * `validateStory` checks one as strictly as the dataset is checked, naming the file and the step.
 */
import { parseView, viewErrorMessage } from '../view/state';
import type { ViewContext, ViewState } from '../model/view';

export interface StoryStep {
	title: string;
	/** A query string of the view, as on every route ("year=2016&compare=2011&states=USA,JPN,KOR"). */
	view: string;
	caption: string;
	/** Ids of the evidence records that back every claim of the caption. */
	evidence: string[];
}

export interface Story {
	slug: string;
	title: string;
	summary: string;
	steps: StoryStep[];
}

/** A validated step: its view parsed. */
export interface ParsedStep extends StoryStep {
	parsed: ViewState;
}

export interface ParsedStory extends Omit<Story, 'steps'> {
	steps: ParsedStep[];
}

export const CAPTION_MAX_WORDS = 70;
export const STEP_TITLE_MAX = 60;
export const SUMMARY_MAX_WORDS = 60;
const STORY_KEYS = ['slug', 'title', 'summary', 'steps'];
const STEP_KEYS = ['title', 'view', 'caption', 'evidence'];

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function nearest(key: string, known: readonly string[]): string {
	const k = key.toLowerCase();
	const hit = known.find((x) => x.toLowerCase() === k || x.startsWith(k.slice(0, 3)));
	return hit ? `; did you mean "${hit}"?` : `; allowed: ${known.join(', ')}`;
}

function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Check a story read from `file`: the shape (no unknown keys), lengths, each step's view against
 * the dataset's view context, and each evidence id against the dataset's. Errors name the file and
 * the step ("founding-arc.json, step 3 (view): …").
 */
export function validateStory(
	raw: unknown,
	file: string,
	ctx: ViewContext,
	evidenceIds: ReadonlySet<string>
): { ok: true; story: ParsedStory } | { ok: false; errors: string[] } {
	const errors: string[] = [];
	const at = (where: string, msg: string) => errors.push(`${file}${where ? `, ${where}` : ''}: ${msg}`);
	if (!isObject(raw)) return { ok: false, errors: [`${file}: a story is a JSON object with ${STORY_KEYS.join(', ')}`] };
	for (const key of Object.keys(raw)) if (!STORY_KEYS.includes(key)) at('', `unknown key "${key}"${nearest(key, STORY_KEYS)}`);
	const text = (where: string, key: string, value: unknown, check: (s: string) => string | null) => {
		if (typeof value !== 'string' || !value.trim()) at(where, `${key} must be a non-empty string`);
		else {
			const problem = check(value);
			if (problem) at(where, `${key} ${problem}`);
		}
	};
	const base = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
	text('', 'slug', raw.slug, (s) =>
		!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)
			? 'must be lower-case words joined by hyphens'
			: s !== base
				? `"${s}" must match the file name "${base}"`
				: null
	);
	text('', 'title', raw.title, (s) => (s.length > 100 ? `is ${s.length} characters long; at most 100` : null));
	text('', 'summary', raw.summary, (s) => (words(s) > SUMMARY_MAX_WORDS ? `has ${words(s)} words; at most ${SUMMARY_MAX_WORDS}` : null));
	const steps: ParsedStep[] = [];
	if (!Array.isArray(raw.steps) || raw.steps.length === 0) at('', 'steps must be a non-empty list of steps');
	else
		raw.steps.forEach((step: unknown, i: number) => {
			const where = `step ${i + 1}`;
			if (!isObject(step)) return at(where, `a step is an object with ${STEP_KEYS.join(', ')}`);
			for (const key of Object.keys(step)) if (!STEP_KEYS.includes(key)) at(where, `unknown key "${key}"${nearest(key, STEP_KEYS)}`);
			text(where, 'title', step.title, (s) =>
				s.length > STEP_TITLE_MAX ? `is ${s.length} characters long; at most ${STEP_TITLE_MAX}` : null
			);
			text(where, 'caption', step.caption, (s) =>
				words(s) > CAPTION_MAX_WORDS ? `has ${words(s)} words; at most ${CAPTION_MAX_WORDS}` : null
			);
			let parsed: ViewState | undefined;
			if (typeof step.view !== 'string') at(where, 'view must be a query string such as "year=2016&focus=KOR"');
			else {
				const r = parseView(new URLSearchParams(step.view.replace(/^\?/, '')), ctx);
				if (!r.ok) at(`${where} (view)`, viewErrorMessage(r.errors));
				else parsed = r.view;
			}
			const ev = step.evidence;
			if (!Array.isArray(ev) || ev.length === 0) at(where, 'evidence must list at least one evidence id that backs the caption');
			else
				ev.forEach((id: unknown) => {
					if (typeof id !== 'string') at(where, `evidence ids are strings; got ${JSON.stringify(id)}`);
					else if (!evidenceIds.has(id)) at(where, `unknown evidence id "${id}"`);
				});
			if (parsed && typeof step.title === 'string' && typeof step.caption === 'string' && Array.isArray(ev))
				steps.push({ title: step.title, view: step.view as string, caption: step.caption, evidence: ev as string[], parsed });
		});
	if (errors.length) return { ok: false, errors };
	return { ok: true, story: { slug: raw.slug as string, title: raw.title as string, summary: raw.summary as string, steps } };
}
