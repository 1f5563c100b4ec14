/** Story validation: a bad view, an unknown evidence id, an unknown key or a long caption is an error naming the file and the step. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { latestCompleteYear } from '../../src/lib/data/trade';
import { viewContext } from '../../src/lib/model/view';
import { validateStory } from '../../src/lib/stories/story';

const d = defaultDataset();
const ctx = viewContext({ ...d, defaultYear: latestCompleteYear(d) });
const ids = new Set(d.evidence.map((e) => e.id));
const good = () => ({
	slug: 'test-story',
	title: 'A test',
	summary: 'Two steps.',
	steps: [
		{ title: 'One', view: 'year=2010&focus=KOR', caption: 'The Cheonan sank.', evidence: ['kor-prk-cheonan-2010'] },
		{ title: 'Two', view: 'year=2016&compare=2011&states=USA,JPN,KOR', caption: 'GSOMIA.', evidence: ['jpn-kor-gsomia-2016'] }
	]
});
const check = (raw: unknown, file = 'stories/test-story.json') => validateStory(raw, file, ctx, ids);

describe('validateStory', () => {
	it('accepts a good story and parses each view', () => {
		const r = check(good());
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.story.steps[1]!.parsed).toMatchObject({ year: 2016, compare: 2011, states: ['JPN', 'KOR', 'USA'] });
	});

	it.each([
		[
			(s: ReturnType<typeof good>) => (s.steps[1]!.view = 'year=2016&compare=1999'),
			'stories/test-story.json, step 2 (view): compare="1999" is not allowed: compare must be a whole year from 2000 to 2025'
		],
		[
			(s: ReturnType<typeof good>) => (s.steps[0]!.evidence = ['no-such-record']),
			'stories/test-story.json, step 1: unknown evidence id "no-such-record"'
		],
		[
			(s: ReturnType<typeof good>) => (s.steps[0]!.evidence = []),
			'stories/test-story.json, step 1: evidence must list at least one evidence id that backs the caption'
		],
		[
			(s: ReturnType<typeof good>) => ((s.steps[0] as Record<string, unknown>).captoin = 'x'),
			'stories/test-story.json, step 1: unknown key "captoin"; did you mean "caption"?'
		],
		[
			(s: ReturnType<typeof good>) => (s.steps[1]!.caption = 'word '.repeat(71)),
			'stories/test-story.json, step 2: caption has 71 words; at most 70'
		],
		[(s: ReturnType<typeof good>) => (s.slug = 'other'), 'stories/test-story.json: slug "other" must match the file name "test-story"'],
		[(s: ReturnType<typeof good>) => (s.steps = []), 'stories/test-story.json: steps must be a non-empty list of steps']
	])('names the file and the step: %#', (breakIt, message) => {
		const s = good();
		breakIt(s);
		const r = check(s);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors).toContain(message);
	});

	it('refuses what is not a story at all', () => {
		expect(check([1, 2])).toEqual({
			ok: false,
			errors: ['stories/test-story.json: a story is a JSON object with slug, title, summary, steps']
		});
	});

	it('finds every shipped story valid, with at least 8 steps in the founding arc', () => {
		const dir = 'src/lib/stories';
		const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
		expect(files).toContain('founding-arc.json');
		for (const f of files) {
			const r = check(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')), `${dir}/${f}`);
			expect(r.ok ? [] : r.errors).toEqual([]);
			if (r.ok && f === 'founding-arc.json') {
				expect(r.story.steps.length).toBeGreaterThanOrEqual(8);
				const years = r.story.steps.map((s) => s.parsed.year);
				expect(years).toEqual([...years].sort((a, b) => a - b));
			}
		}
	});
});
