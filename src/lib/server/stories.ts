/** The stories shipped with the app (every `src/lib/stories/*.json`), validated against the default dataset once, at start-up. */
import { dataset, isDefaultData, viewContext } from './data';
import { validateStory, type ParsedStory } from '$lib/stories/story';

const files = import.meta.glob<unknown>('../stories/*.json', { eager: true, import: 'default' });

function load(): ParsedStory[] {
	// Stories cite the default dataset's records; another dataset (DATA=…) has none of its own yet.
	if (!isDefaultData) return [];
	const ids = new Set(dataset.evidence.map((e) => e.id));
	const stories: ParsedStory[] = [];
	for (const [path, raw] of Object.entries(files)) {
		const r = validateStory(raw, `src/lib/stories/${path.slice('../stories/'.length)}`, viewContext, ids);
		// The build and `npm run data:check` validate stories; a bad one must never reach a reader.
		if (!r.ok) throw new Error(r.errors.join('\n'));
		stories.push(r.story);
	}
	return stories.sort((a, b) => a.slug.localeCompare(b.slug));
}

export const stories = load();

export function storyBySlug(slug: string): ParsedStory | undefined {
	return stories.find((s) => s.slug === slug);
}
