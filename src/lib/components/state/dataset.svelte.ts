/**
 * The dataset the page computes views with, fetched once after the first paint. Until it arrives
 * (or if it cannot be had) the server's snapshot stays on screen and changes navigate instead.
 */
import { resolve } from '$app/paths';
import type { Dataset } from '$lib/data/types';

export class DatasetLoader {
	dataset = $state.raw<Dataset | null>(null);
	error = $state<string | null>(null);

	async load(fetcher: typeof fetch = fetch): Promise<void> {
		try {
			const res = await fetcher(resolve('/api/dataset.json'));
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			this.dataset = (await res.json()) as Dataset;
		} catch (e) {
			this.error = `Could not load the dataset (${(e as Error).message}); the view shown is the server's and changes will reload the page.`;
		}
	}
}
