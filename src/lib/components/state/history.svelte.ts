/**
 * The view in the URL: one source of truth, so back and forward work. Each change is a history
 * entry; a slider gesture (`continuous`) makes one entry for its first step and replaces it while it
 * goes on. Shallow routing (pushState) changes the address bar but not page.url, so the page keeps
 * its own copy of the query.
 */
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { ViewContext, ViewState } from '$lib/model/view';
import { parseView, serialiseView } from '$lib/view/state';

export class ViewHistory {
	#context: () => ViewContext;
	#fallback: () => ViewState;
	#gesture = false;
	/** The query on screen ("?…" or ""), or null for "as page.url says" (first load, real navigations). */
	#search = $state<string | null>(null);

	#local: () => boolean;
	#given: () => string | null;

	/**
	 * `fallback` is the server's view, shown when the URL cannot be parsed; `local` says the view belongs
	 * to a dataset loaded in this browser, which the URL marks with `data=local` (the server has no such
	 * dataset to check the view against, and renders its default until the page restores the dataset).
	 * `given` is the view's query when the page's address does not hold it (a year's own page, /year/Y/).
	 */
	constructor(
		context: () => ViewContext,
		fallback: () => ViewState,
		local: () => boolean = () => false,
		given: () => string | null = () => null
	) {
		this.#context = context;
		this.#fallback = fallback;
		this.#local = local;
		this.#given = given;
	}

	readonly view: ViewState = $derived.by(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
		const parsed = parseView(new URLSearchParams(this.#search ?? this.#given() ?? page.url.search), this.#context(), ['data']);
		return parsed.ok ? parsed.view : this.#fallback();
	});

	/** The query string of a view, as on every route (without "?"). */
	query(view: ViewState = this.view): string {
		const qs = serialiseView(view, this.#context());
		return this.#local() ? `data=local${qs ? `&${qs}` : ''}` : qs;
	}

	/** The page's URL for a view, under the app's base path. */
	url(view: ViewState = this.view): string {
		const qs = this.query(view);
		return `${resolve('/')}${qs ? `?${qs}` : ''}`;
	}

	/**
	 * Show `next`: a new history entry, or a replaced one while a gesture goes on. Without
	 * `inPage` the page cannot compute views itself, so it navigates and the server draws the view.
	 */
	push(next: ViewState, options: { continuous?: boolean; inPage: boolean }): void {
		const url = this.url(next);
		if (!options.inPage) {
			location.assign(url);
			return;
		}
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- url() is resolve('/') plus the query
		if (options.continuous && this.#gesture) replaceState(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- as above
		else pushState(url, {});
		const qs = this.query(next);
		this.#search = qs ? `?${qs}` : '';
		this.#gesture = !!options.continuous;
	}

	/** Put the view's own address in the address bar (a year's page shows /?year=Y), with no new history entry. */
	showAddress(): void {
		const qs = this.query();
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- url() is resolve('/') plus the query
		replaceState(this.url(), {});
		this.#search = qs ? `?${qs}` : '';
	}

	endGesture(): void {
		this.#gesture = false;
	}

	/** After back/forward between our own history entries: read the address bar again. */
	syncLocation(): void {
		this.#search = location.search;
	}

	/** After a real navigation (the server computed the view): follow page.url again. */
	followPage(): void {
		this.#search = null;
	}
}
