/**
 * The page's first view is the server's snapshot, kept when the dataset arrives (nothing is laid out or
 * drawn again): that holds because the page would compute the very same snapshot from the dataset it
 * fetches (JSON) and the anchors the server sends.
 */
import { describe, expect, it } from 'vitest';
import { computeSnapshot } from '../../src/lib/pipeline';
import { anchors, dataset, serverSnapshot, viewContext } from '../../src/lib/server/data';
import { parseView } from '../../src/lib/view/state';

describe('the first view', () => {
	const fetched = JSON.parse(JSON.stringify(dataset));
	const sentAnchors = JSON.parse(JSON.stringify(anchors));
	it.each([
		'',
		'year=2011',
		'year=2016&compare=2011&focus=KOR',
		'geo=0.3&min=0.2&mode=composite',
		'states=CHN,JPN,KOR&layers=trade',
		'blocs=1&year=2020'
	])('is what the page would compute for ?%s', (query) => {
		const parsed = parseView(new URLSearchParams(query), viewContext);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		const { blocs: _blocs, ...server } = serverSnapshot(parsed.view);
		expect(computeSnapshot(fetched, parsed.view, sentAnchors)).toEqual(server);
	});
});
