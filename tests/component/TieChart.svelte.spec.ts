import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
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
		const paths = [...chart.element().querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
		expect(paths).toHaveLength(3);
		const trade = paths[1]!;
		expect(trade.match(/M/g)).toHaveLength(2);
		expect(paths[0]!.match(/M/g)).toHaveLength(1);
	});
});
