import { stepData } from '$lib/server/story-step';
import type { PageServerLoad } from './$types';

/** Prerendered in the static build. */
export const prerender = __STATIC__;

/** One step of a story, server-rendered: its map, caption and cited records. */
export const load: PageServerLoad = ({ params }) => stepData(params.slug, params.n);
