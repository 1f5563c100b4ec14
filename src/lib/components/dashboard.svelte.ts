/**
 * The dashboard's state, shared with components through a typed context. It composes one object per
 * concern — the view in the URL (`state/history`), the dataset fetched after first paint
 * (`state/dataset`), Play (`state/playback`), the page-only zoom (`view/zoom`) — and derives what is
 * shown from the view and the dataset with the same pure functions the server uses. Until the
 * dataset arrives, the server's snapshot is shown.
 */
import { createContext } from 'svelte';
import type { Dataset, DatasetMeta } from '$lib/data/types';
import { defaultView, layoutView, viewContext, type ViewContext, type ViewState } from '$lib/model/view';
import type { Anchors } from '$lib/layout/anchors';
import type { Basemap } from '$lib/map/basemap';
import type { Topology } from 'topojson-specification';
import { computeSnapshot, type Snapshot } from '$lib/pipeline';
import { focusDetails, type FocusDetails } from '$lib/view/details';
import { FRAME } from '$lib/layout/frame';
import { extentOf, panTo, zoomBy, zoomOf, type Zoom } from '$lib/view/zoom';
import { DatasetLoader } from './state/dataset.svelte';
import { ViewHistory } from './state/history.svelte';
import { Playback } from './state/playback.svelte';

/** A dataset the reader loaded, with what the page works out for it. */
export interface UserData {
	dataset: Dataset;
	anchors: Anchors;
	defaultYear: number;
	/** The basemap drawn for a dataset outside Northeast Asia; null where the default one serves. */
	basemap: Basemap | null;
}

export interface AtlasData {
	meta: DatasetMeta;
	defaultYear: number;
	/** Each state's anchor in the frame, from the server (the page needs no projection code). */
	anchors: Anchors;
	actors: { id: string; name: string; isoNumeric: string }[];
	/** The states' ids sorted by name (the server's sort of its own dataset). */
	byName?: string[];
	snapshot: Snapshot;
	details: FocusDetails | null;
	/** The events timeline's height (timeline units) for this view once the dataset is in; null if it shows no records. */
	timelineHeight?: number | null;
}

type Frame = { width: number; height: number };

/** How long a slider must rest before its gesture ends (one history entry per settled value). */
const SETTLE_MS = 700;
/** How many recent views' snapshots the page keeps (each a few KB). */
const RECENT_VIEWS = 64;

export class DashboardState {
	#data: () => AtlasData;
	#history: ViewHistory;
	#loader = new DatasetLoader();
	readonly playback: Playback;
	/** The tie whose details the tooltip shows (hover or keyboard focus), and whether it is pinned. */
	activeTie = $state<string | null>(null);
	pinned = $state(false);
	showTable = $state(false);
	/** The States view: each state's standing across the years (small multiples). */
	showStates = $state(false);
	/** Where the pointer is over the drawing (frame units), for the tooltip; null for keyboard focus. */
	pointer = $state<{ x: number; y: number } | null>(null);
	/** Whether the reader last used touch (the tooltip's words say tap, not click or Escape). */
	touch = $state(false);
	/** Below 1024 px the focus panel is a sheet: expanded to most of the screen, or over the map's lower part. */
	panelExpanded = $state(false);
	/** Counts the reader's requests to open a state's panel; the panel moves keyboard focus to its heading on each. */
	panelRequests = $state(0);
	/** The view's region (URL `view`) as a zoom of the map; the exports draw that region too. */
	readonly #viewZoom: Zoom = $derived(zoomOf(this.view.extent, FRAME));
	/** While a drag pans the map: where it is now (the address follows when the drag ends). */
	#liveZoom = $state<Zoom | null>(null);

	/** The map's zoom: a drag's, else the view's. */
	get zoom(): Zoom {
		return this.#liveZoom ?? this.#viewZoom;
	}

	constructor(data: () => AtlasData) {
		this.#data = data;
		this.#history = new ViewHistory(
			() => this.context,
			() => this.data.snapshot.view,
			() => this.user !== null
		);
		this.playback = new Playback({
			year: () => this.view.year,
			years: () => this.context.years,
			restart: (year) => this.update({ year }),
			begin: () => this.#history.endGesture(),
			step: (year) => this.update({ year }, { continuous: true })
		});
	}

	get data(): AtlasData {
		return this.#data();
	}

	/** A dataset the reader loaded (kept in this browser, never sent to the server), or null for the server's. */
	user = $state.raw<UserData | null>(null);

	/** The dataset views are computed with: the reader's, or the server's once fetched. */
	get dataset(): Dataset | null {
		return this.user?.dataset ?? this.#loader.dataset;
	}

	/** The name and version shown in the header, the footer and every export. */
	get meta(): DatasetMeta {
		return this.user?.dataset.meta ?? this.data.meta;
	}

	/** The states of the dataset in use (id, name and the basemap's numeric code). */
	get actors(): AtlasData['actors'] {
		return this.user?.dataset.actors ?? this.data.actors;
	}

	/** The states by name, as the focus menu lists them: the server's order for its dataset, else sorted here. */
	readonly actorsByName: AtlasData['actors'] = $derived.by(() => {
		const actors = this.actors;
		const order = this.user ? undefined : this.data.byName;
		// A fresh, never-mutated Map per derivation: no need for SvelteMap.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const byId = new Map(actors.map((a) => [a.id, a]));
		if (order && order.length === actors.length && order.every((id) => byId.has(id))) return order.map((id) => byId.get(id)!);
		return [...actors].sort((a, b) => a.name.localeCompare(b.name));
	});

	get anchors(): Anchors {
		return this.user?.anchors ?? this.data.anchors;
	}

	/**
	 * Use a dataset the reader loaded (already validated): its anchors and default year are worked out
	 * here (the projection code loads only now), and the view starts again at its default.
	 */
	async useDataset(dataset: Dataset, options: { fromUrl?: boolean } = {}): Promise<void> {
		const [{ anchorsOf }, { latestCompleteYear }, { REGION, regionFor }] = await Promise.all([
			import('$lib/layout/anchors'),
			import('$lib/data/trade'),
			import('$lib/layout/projection')
		]);
		const region = regionFor(dataset.actors);
		// A dataset elsewhere gets a coarser world basemap (1:110m) drawn for its region, fetched only now.
		let basemap: Basemap | null = null;
		if (region !== REGION) {
			const [{ buildBasemap }, world] = await Promise.all([import('$lib/map/basemap'), import('world-atlas/countries-110m.json')]);
			basemap = buildBasemap(world.default as unknown as Topology, 1, region, 'world-atlas 2.0.2, 1:110m');
		}
		this.user = { dataset, anchors: anchorsOf(dataset.actors, region), defaultYear: latestCompleteYear(dataset), basemap };
		this.openPair = null;
		this.openEvidenceId = null;
		if (options.fromUrl) {
			// A reload: the address bar already holds this dataset's view.
			this.#history.syncLocation();
			return;
		}
		this.#history.push(defaultView(this.context), { inPage: true });
	}

	/** Leave the reader's dataset for the server's, following the address bar (Back or Forward did it). */
	leaveUserData(): void {
		this.user = null;
		this.openPair = null;
		this.openEvidenceId = null;
	}

	/**
	 * Back to the server's dataset: the view starts again at its default. Before the server's dataset
	 * has arrived the page navigates, unless the server's own first view (its default) is on screen.
	 */
	useDefault(): void {
		const showingServerView = this.user === null;
		this.user = null;
		this.openPair = null;
		this.openEvidenceId = null;
		this.#history.push(defaultView(this.context), { inPage: this.#loader.dataset !== null || showingServerView });
	}

	get loadError(): string | null {
		return this.#loader.error;
	}

	get playing(): boolean {
		return this.playback.playing;
	}

	readonly context: ViewContext = $derived(
		this.user ? viewContext({ ...this.user.dataset, defaultYear: this.user.defaultYear }) : viewContext(this.data)
	);

	/**
	 * The view on screen: the address's once the page computes views itself, the server's until then
	 * (the static build's pages were drawn ahead for their own view, whatever the address asks).
	 */
	get view(): ViewState {
		return this.dataset ? this.#history.view : this.data.snapshot.view;
	}

	/** The graph measures (blocs, standings): loaded when first wanted, not with the page. */
	measures = $state<typeof import('$lib/graph/measures') | null>(null);

	loadMeasures(): Promise<void> {
		if (this.measures) return Promise.resolve();
		return import('$lib/graph/measures').then((m) => {
			this.measures = m;
		});
	}

	/** Recent snapshots by view, per dataset: scrubbing back, Play's next loop and Back reuse their layouts. */
	#recent = new WeakMap<Dataset, Map<string, Snapshot>>();

	#snapshotOf(dataset: Dataset, view: ViewState): Snapshot {
		let cache = this.#recent.get(dataset);
		// A plain cache, never read reactively: no need for SvelteMap.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		if (!cache) this.#recent.set(dataset, (cache = new Map()));
		// Keyed by what the layout depends on: zooming, a size or a caption reuses the view's layout.
		const key = this.query(layoutView(view));
		let snapshot = cache.get(key);
		if (snapshot) cache.delete(key);
		// The server's own view of its own dataset is the snapshot it sent (the same pure function of the
		// same inputs): when the dataset arrives, nothing is laid out or drawn again.
		else if (dataset === this.#loader.dataset && key === this.query(layoutView(this.data.snapshot.view))) snapshot = this.data.snapshot;
		else snapshot = computeSnapshot(dataset, view, this.anchors);
		cache.set(key, snapshot);
		if (cache.size > RECENT_VIEWS) cache.delete(cache.keys().next().value!);
		return this.query(snapshot.view) === this.query(view) ? snapshot : { ...snapshot, view };
	}

	readonly #base: Snapshot = $derived.by(() => {
		const dataset = this.dataset;
		if (!dataset) return this.data.snapshot;
		// A view that does not fit the dataset (a moment before the view resets) is not drawn with it.
		if (this.view.states?.some((id) => !this.context.actorIds.includes(id))) return this.data.snapshot;
		return this.#snapshotOf(dataset, this.view);
	});

	/** The snapshot shown: the server's until the dataset arrives; with the year's blocs once the measures are loaded. */
	readonly snapshot: Snapshot = $derived.by(() => {
		const base = this.#base;
		if (!base.view.blocs || base.blocs || !this.measures) return base;
		return { ...base, blocs: this.measures.blocsOf(base.graph) };
	});

	readonly details: FocusDetails | null = $derived(
		this.view.focus ? (this.dataset ? focusDetails(this.dataset, this.snapshot.graph, this.view.focus) : this.data.details) : null
	);

	// A fresh, never-mutated Map per derivation: no need for SvelteMap's fine-grained reactivity.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly names: Map<string, string> = $derived(new Map(this.actors.map((a) => [a.id, a.name])));

	load(fetcher: typeof fetch = fetch): Promise<void> {
		return this.#loader.load(fetcher);
	}

	/** The query string of a view, as on every route. */
	query(view: ViewState = this.view): string {
		return this.#history.query(view);
	}

	/** The page's URL for the view in view (under the app's base path). */
	url(): string {
		return this.#history.url();
	}

	/** Change the view: a history entry (one per slider gesture when `continuous`). */
	update(change: Partial<ViewState>, options: { continuous?: boolean } = {}): void {
		// From the address's view: before the dataset arrives the screen shows the server's, which a static page may not match.
		const next = { ...this.#history.view, ...change };
		// Nothing changed (Zoom in at the most, a value set again): no history entry.
		if (this.query(next) === this.query(this.#history.view)) return;
		this.#history.push(next, { continuous: options.continuous, inPage: this.dataset !== null });
	}

	endGesture(): void {
		this.#history.endGesture();
	}

	#settleTimer: ReturnType<typeof setTimeout> | undefined;
	/**
	 * End a slider gesture once it has settled: arrow-key steps and a drag that follow each other
	 * within SETTLE_MS make one history entry, so Back goes to the previous settled value.
	 */
	settle(): void {
		clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => this.#history.endGesture(), SETTLE_MS);
	}

	syncLocation(): void {
		this.#history.syncLocation();
	}

	followPage(): void {
		this.#history.followPage();
	}

	/** Zoom by a factor about the centre (one history entry). */
	zoomBy(factor: number, frame: Frame): void {
		this.update({ extent: extentOf(zoomBy(this.zoom, factor, frame), frame) });
	}

	/** Pan (and zoom) to an offset; `live` while a drag goes on: the map moves, the address waits for `endPan`. */
	panTo(x: number, y: number, k: number, frame: Frame, options: { live?: boolean } = {}): void {
		const zoom = panTo(x, y, k, frame);
		if (options.live) this.#liveZoom = zoom;
		else this.update({ extent: extentOf(zoom, frame) });
	}

	/** A drag has ended: one history entry for where it left the map. */
	endPan(): void {
		const zoom = this.#liveZoom;
		if (!zoom) return;
		this.update({ extent: extentOf(zoom, FRAME) });
		this.#liveZoom = null;
	}

	resetZoom(): void {
		this.update({ extent: null });
	}

	/** The tie whose evidence the focus panel shows opened (from a table row). */
	openPair = $state<string | null>(null);

	/** Show a tie's evidence: focus one of its states and open the tie in the panel. */
	openEvidence(pair: string, actor: string): void {
		this.openPair = pair;
		if (this.view.focus !== actor) this.focus(actor);
		else this.panelRequests++;
	}

	/** The evidence record the focus panel shows highlighted (from the timeline). */
	openEvidenceId = $state<string | null>(null);

	/**
	 * Show one dated record: move to its year and open it in the focus panel (one history entry),
	 * keeping the focused state if the record is one of its pair's, else focusing the pair's first state.
	 */
	showEvent(e: { id: string; pair: string }, year: number): void {
		const [a, b] = e.pair.split('-') as [string, string];
		const focus = this.view.focus === a || this.view.focus === b ? this.view.focus : a;
		const states = this.view.states && !(this.view.states.includes(a) && this.view.states.includes(b)) ? null : this.view.states;
		this.openPair = e.pair;
		this.openEvidenceId = e.id;
		this.update({ year, focus, states });
		this.panelRequests++;
	}

	focus(actor: string | null): void {
		const next = actor === this.view.focus ? null : actor;
		this.update({ focus: next });
		if (next) this.panelRequests++;
	}

	togglePlay(): void {
		this.playback.toggle();
	}

	stop(): void {
		this.playback.stop();
	}
}

export const [getAtlas, setAtlas] = createContext<DashboardState>();
