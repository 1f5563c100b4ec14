/** One step of a story, resolved against the server's dataset: its view's snapshot, the cited records and the caption. */
import { error } from '@sveltejs/kit';
import { storyBySlug } from './stories';
import { dataset, serverSnapshot, viewContext } from './data';
import { echo, serialiseView } from '$lib/view/state';
import type { ParsedStory, ParsedStep } from '$lib/stories/story';

/** The story and step named by the route's parameters, or what is wrong (at most 100 characters of each echoed). */
export function locateStep(slug: string, n: string): { story: ParsedStory; step: ParsedStep; index: number } | { error: string } {
	const story = storyBySlug(slug);
	if (!story) return { error: `There is no story ${echo(slug)}.` };
	const index = /^[1-9]\d{0,3}$/.test(n) ? Number(n) - 1 : -1;
	const step = story.steps[index];
	if (!step) return { error: `${echo(slug)} has steps 1 to ${story.steps.length}; there is no step ${echo(n)}.` };
	return { story, step, index };
}

/** A story's step, or a 404 page naming what is not there. */
export function findStep(slug: string, n: string): { story: ParsedStory; step: ParsedStep; index: number } {
	const found = locateStep(slug, n);
	if ('error' in found) error(404, found.error);
	return found;
}

/** The caption an export of a step carries. */
export function stepCaption(story: ParsedStory, index: number): { heading: string; text: string } {
	const step = story.steps[index]!;
	return { heading: `${story.title} · step ${index + 1} of ${story.steps.length}: ${step.title}`, text: step.caption };
}

export function stepData(slug: string, n: string) {
	const { story, step, index } = findStep(slug, n);
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const records = new Map(dataset.evidence.map((e) => [e.id, e]));
	return {
		meta: dataset.meta,
		actors: dataset.actors.map((a) => ({ id: a.id, name: a.name, isoNumeric: a.isoNumeric })),
		story: { slug: story.slug, title: story.title, steps: story.steps.map((s) => s.title) },
		n: index + 1,
		total: story.steps.length,
		step: { title: step.title, caption: step.caption },
		query: serialiseView(step.parsed, viewContext),
		snapshot: serverSnapshot(step.parsed),
		evidence: step.evidence.map((id) => {
			const e = records.get(id)!;
			return {
				id,
				title: e.title ?? id,
				pair: e.pair,
				from: e.from,
				to: e.to ?? null,
				sources: e.sources.flatMap((s) => {
					const src = sources.get(s);
					return src ? [{ id: src.id, title: src.title, publisher: src.publisher, url: src.url, date: src.date }] : [];
				})
			};
		})
	};
}
