/**
 * The dashboard's state: the view comes from the URL (one source of truth, so back/forward work),
 * the dataset is fetched once after the first paint, and everything shown is derived from the two
 * with the same pure functions the server uses. Until the dataset arrives, the server's snapshot is
 * shown. Shared with components through a typed context.
 */
import { createContext } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { Dataset, DatasetMeta } from '$lib/data/types';
import { computeSnapshot, type Snapshot } from '$lib/pipeline';
import { focusDetails, type FocusDetails } from '$lib/view/details';
import { viewContext, type ViewContext, type ViewState } from '$lib/model/view';
import { parseView, serialiseView } from '$lib/view/state';

export interface AtlasData {
	meta: DatasetMeta;
	actors: { id: string; name: string; isoNumeric: string }[];
	snapshot: Snapshot;
	details: FocusDetails | null;
}

export class AtlasState {
	#data: () => AtlasData;
	dataset = $state.raw<Dataset | null>(null);
	loadError = $state<string | null>(null);
	/** The tie whose details the tooltip shows (hover or keyboard focus), and whether it is pinned. */
	activeTie = $state<string | null>(null);
	pinned = $state(false);
	showTable = $state(false);
	/** Page-only zoom of the map (not part of the view or the exports): scale and offset in SVG units. */
	zoom = $state({ k: 1, x: 0, y: 0 });
	playing = $state(false);
	#gesture = false;
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(data: () => AtlasData) {
		this.#data = data;
	}

	get data(): AtlasData {
		return this.#data();
	}

	readonly context: ViewContext = $derived(viewContext(this.data));

	/**
	 * The query string of the view on screen. Shallow routing (pushState) changes the address bar
	 * but not page.url, so the page keeps its own copy; null means "as page.url says" (first load
	 * and real navigations).
	 */
	#search = $state<string | null>(null);

	readonly view: ViewState = $derived.by(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
		const parsed = parseView(new URLSearchParams(this.#search ?? page.url.search), this.context);
		return parsed.ok ? parsed.view : this.data.snapshot.view;
	});

	/** After back/forward between our own history entries: read the address bar again. */
	syncLocation(): void {
		this.#search = location.search;
	}

	/** After a real navigation (the server computed the view): follow page.url again. */
	followPage(): void {
		this.#search = null;
	}

	readonly snapshot: Snapshot = $derived(this.dataset ? computeSnapshot(this.dataset, this.view) : this.data.snapshot);

	readonly details: FocusDetails | null = $derived(
		this.view.focus ? (this.dataset ? focusDetails(this.dataset, this.snapshot.graph, this.view.focus) : this.data.details) : null
	);

	// A fresh, never-mutated Map per derivation: no need for SvelteMap's fine-grained reactivity.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly names: Map<string, string> = $derived(new Map(this.data.actors.map((a) => [a.id, a.name])));

	/** Fetch the dataset the page computes with; the server's snapshot stays on screen meanwhile. */
	async load(fetcher: typeof fetch = fetch): Promise<void> {
		try {
			const res = await fetcher('/api/dataset.json');
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			this.dataset = (await res.json()) as Dataset;
		} catch (e) {
			this.loadError = `Could not load the dataset (${(e as Error).message}); the view shown is the server's and changes will reload the page.`;
		}
	}

	/** The query string of a view, as on every route. */
	query(view: ViewState = this.view): string {
		return serialiseView(view, this.context);
	}

	/**
	 * Change the view. Each change is a history entry; a slider gesture (`continuous`) makes one
	 * entry for its first step and replaces it while it goes on, until `endGesture`.
	 */
	update(change: Partial<ViewState>, options: { continuous?: boolean } = {}): void {
		const next = { ...this.view, ...change };
		const qs = this.query(next);
		const url = `${resolve('/')}${qs ? `?${qs}` : ''}`;
		if (!this.dataset) {
			// Without the dataset the page cannot compute the view itself: let the server do it.
			location.assign(url);
			return;
		}
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolve('/'), plus the query
		if (options.continuous && this.#gesture) replaceState(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- as above
		else pushState(url, {});
		this.#search = qs ? `?${qs}` : '';
		this.#gesture = !!options.continuous;
	}

	/** Zoom by `factor` about the frame's centre, keeping the map covering the frame. */
	zoomBy(factor: number, frame: { width: number; height: number }): void {
		const k = Math.min(6, Math.max(1, this.zoom.k * factor));
		const cx = frame.width / 2;
		const cy = frame.height / 2;
		this.panTo(cx - (cx - this.zoom.x) * (k / this.zoom.k), cy - (cy - this.zoom.y) * (k / this.zoom.k), k, frame);
	}

	panTo(x: number, y: number, k: number, frame: { width: number; height: number }): void {
		const clamp = (v: number, size: number) => Math.min(0, Math.max(size * (1 - k), v));
		this.zoom = { k, x: clamp(x, frame.width), y: clamp(y, frame.height) };
	}

	endGesture(): void {
		this.#gesture = false;
	}

	focus(actor: string | null): void {
		this.update({ focus: actor === this.view.focus ? null : actor });
	}

	togglePlay(): void {
		if (this.playing) return this.stop();
		const { from, to } = this.context.years;
		if (this.view.year >= to) this.update({ year: from });
		this.playing = true;
		this.#gesture = false;
		this.#timer = setInterval(() => {
			if (this.view.year >= to) return this.stop();
			this.update({ year: this.view.year + 1 }, { continuous: true });
		}, 1200);
	}

	stop(): void {
		clearInterval(this.#timer);
		this.playing = false;
		this.#gesture = false;
	}
}

export const [getAtlas, setAtlas] = createContext<AtlasState>();
