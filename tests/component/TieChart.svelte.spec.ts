import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { TimelineEvent } from '../../src/lib/data/events';
import TieChart from '../../src/lib/components/TieChart.svg.svelte';

const series = [2000, 2001, 2002, 2003].map((year) => ({
	year,
	military: year / 4000,
	trade: year === 2001 ? null : 0.5,
	tension: 0.2,
	tradeStatus: year === 2001 ? 'missing' : 'sourced'
}));

describe('TieChart', () => {
	it('has an accessible name and breaks the trade line at a missing year', async () => {
		const screen = await render(TieChart, { series, year: 2002, label: 'Japan–South Korea: scores 2000–2003' });
		const chart = screen.getByRole('img', { name: 'Japan–South Korea: scores 2000–2003' });
		await expect.element(chart).toBeVisible();
		const paths = [...chart.element().querySelectorAll(':scope > path')].map((p) => p.getAttribute('d') ?? '');
		expect(paths).toHaveLength(3);
		const trade = paths[1]!;
		expect(trade.match(/M/g)).toHaveLength(2);
		expect(paths[0]!.match(/M/g)).toHaveLength(1);
	});

	it("has year and score axes, marks the year and the compare year, and draws the pair's events", async () => {
		const events = [
			{
				id: 'a',
				pair: 'JPN-KOR',
				layer: 'tension',
				kind: 'incident',
				from: '2001-06-01',
				to: null,
				period: false,
				magnitude: 3,
				confirmed: true,
				title: 'A clash',
				sources: []
			},
			{
				id: 'b',
				pair: 'JPN-KOR',
				layer: 'military',
				kind: 'defence-treaty',
				from: '2000',
				to: null,
				period: true,
				magnitude: 1,
				confirmed: true,
				title: 'A pact',
				sources: []
			}
		] satisfies TimelineEvent[];
		const screen = await render(TieChart, { props: { series, year: 2002, compare: 2000, events, label: 'chart' } });
		const svg = screen.getByRole('img', { name: 'chart' }).element();
		const labels = [...svg.querySelectorAll('.axis text')].map((t) => t.textContent);
		expect(labels).toEqual(expect.arrayContaining(['0', '0.5', '1', '2000', '2002']));
		expect(svg.querySelector('.compare-mark')).not.toBeNull();
		expect(Number(svg.querySelector('.compare-mark')!.getAttribute('x1'))).toBeLessThan(
			Number(svg.querySelector('.year-mark')!.getAttribute('x1'))
		);
		// One-off events are marks; periods are not.
		expect([...svg.querySelectorAll('.events title')].map((t) => t.textContent)).toEqual(['2001-06-01: A clash']);
	});
});
