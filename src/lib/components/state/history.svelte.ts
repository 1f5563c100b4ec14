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

	/**
	 * `fallback` is the server's view, shown when the URL cannot be parsed; `local` says the view belongs
	 * to a dataset loaded in this browser, which the URL marks with `data=local` (the server has no such
	 * dataset to check the view against, and renders its default until the page restores the dataset).
	 */
	constructor(context: () => ViewContext, fallback: () => ViewState, local: () => boolean = () => false) {
		this.#context = context;
		this.#fallback = fallback;
		this.#local = local;
	}

	readonly view: ViewState = $derived.by(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
		const parsed = parseView(new URLSearchParams(this.#search ?? searchOf(page.url)), this.#context(), ['data']);
		return parsed.ok ? parsed.view : this.#fallback();
	});

	/** The query string of a view, as on every route (without "?"). */
	query(view: ViewState = this.view): string {
		const qs = serialiseView(view, this.#context());
		return this.#local() ? `data=local${qs ? `&${qs}` : ''}` : qs;
	}

	/** The page's URL for a view, under the app's base path: the link every route and export gives. */
	url(view: ViewState = this.view): string {
		const qs = this.query(view);
		return `${resolve('/')}${qs ? `?${qs}` : ''}`;
	}

	/**
	 * The address bar's URL for a view: `url`, except in the static build, whose views of a year other
	 * than the default are at that year's own page (/year/2011/?…), drawn ahead for a first paint.
	 */
	address(view: ViewState = this.view): string {
		const qs = this.query(view);
		const year = /(?:^|&)year=(\d{4})(?:&|$)/.exec(qs)?.[1];
		if (!__STATIC__ || !year) return this.url(view);
		const rest = qs
			.split('&')
			.filter((p) => !p.startsWith('year='))
			.join('&');
		return `${resolve('/year/[year]', { year })}/${rest ? `?${rest}` : ''}`;
	}

	/**
	 * Show `next`: a new history entry, or a replaced one while a gesture goes on. Without
	 * `inPage` the page cannot compute views itself, so it navigates and the server draws the view.
	 */
	push(next: ViewState, options: { continuous?: boolean; inPage: boolean }): void {
		const url = this.address(next);
		if (!options.inPage) {
			location.assign(url);
			return;
		}
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- address() is resolve(…) plus the query
		if (options.continuous && this.#gesture) replaceState(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- as above
		else pushState(url, {});
		const qs = this.query(next);
		this.#search = qs ? `?${qs}` : '';
		this.#gesture = !!options.continuous;
	}

	endGesture(): void {
		this.#gesture = false;
	}

	/** After back/forward between our own history entries: read the address bar again. */
	syncLocation(): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
		this.#search = searchOf(new URL(location.href));
	}

	/** After a real navigation (the server computed the view): follow page.url again. */
	followPage(): void {
		this.#search = null;
	}
}

/** A year's own page (/year/2011/?…, the static build's) means ?year=2011&…; any other address its query. */
export function searchOf(url: URL): string {
	const year = /\/year\/(\d{4})\/?$/.exec(url.pathname)?.[1];
	if (!year) return url.search;
	return `?year=${year}${url.search ? `&${url.search.slice(1)}` : ''}`;
}
