import { stepData } from '$lib/server/story-step';
import type { PageServerLoad } from './$types';

/** One step of a story, server-rendered: its map, caption and cited records. */
export const load: PageServerLoad = ({ params }) => stepData(params.slug, params.n);
