import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { viewContext } from '$lib/server/data';
import { pageData } from '$lib/server/page';
import { yearParam } from '$lib/data/validate';
import { defaultView } from '$lib/model/view';
import { serialiseView } from '$lib/view/state';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * /year/<Y>/: a year's default view as a page of its own, so the static build (which cannot answer
 * queries) has every year's first paint computed ahead. The Node server answers any view at /?…,
 * so here it redirects there, keeping the rest of the query.
 */
export const prerender = __STATIC__;
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => {
	const { from, to } = viewContext.years;
	return Array.from({ length: to - from + 1 }, (_, i) => ({ year: String(from + i) }));
};

export const load: PageServerLoad = ({ params, url }) => {
	const year = yearParam('year', params.year, viewContext.years);
	if ('error' in year) error(404, year.error);
	const view = { ...defaultView(viewContext), year: year.year };
	const query = serialiseView(view, viewContext);
	if (!__STATIC__) {
		const rest = [...url.searchParams].filter(([k]) => k !== 'year');
		const all = new URLSearchParams([...(query ? [['year', String(year.year)]] : []), ...rest]).toString();
		redirect(308, `${resolve('/')}${all ? `?${all}` : ''}`);
	}
	return pageData(view);
};
