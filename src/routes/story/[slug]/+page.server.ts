import { error } from '@sveltejs/kit';
import { storyBySlug } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** Prerendered in the static build. */
export const prerender = __STATIC__;

/** A story's overview: its title, summary and steps. */
export const load: PageServerLoad = ({ params }) => {
	const story = storyBySlug(params.slug);
	if (!story) error(404, `There is no story "${params.slug}".`);
	return {
		slug: story.slug,
		title: story.title,
		summary: story.summary,
		steps: story.steps.map((s) => ({ title: s.title, year: s.parsed.year, compare: s.parsed.compare }))
	};
};
