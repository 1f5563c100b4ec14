/** Issue 8 in a real Chromium: compare two years, the events timeline, the guided story, the states filter and the States view. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

async function audit(page: Page): Promise<string[]> {
	return (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

test('"Compare with" draws the change, and the Table shows both years and the change as the API gives it', async ({ page, request }) => {
	await page.goto('/?year=2019');
	await ready(page);
	await page.getByRole('combobox', { name: 'Compare with' }).selectOption('2018');
	await expect(page).toHaveURL(/compare=2018/);
	await expect(page.locator('.stage-title')).toContainText('2018 → 2019');
	expect(await page.locator('svg.atlas .aa-change-marks path').count()).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Table' }).click();
	const row = page.locator('tr[data-pair="JPN-KOR"]');
	const api = await (await request.get('/api/network?year=2019&compare=2018')).json();
	const tie = api.ties.find((t: { source: string; target: string }) => t.source === 'JPN' && t.target === 'KOR');
	const signed = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d).toFixed(2)}`;
	await expect(row.locator('td[data-label="Tension change"]')).toHaveText(signed(tie.change.tension));
	await expect(row.locator('td[data-label="Tension 2018 → 2019"]')).toHaveText(
		`${tie.before.scores.tension.toFixed(2)} → ${tie.scores.tension.toFixed(2)}`
	);
	expect(tie.change.tension).toBeGreaterThan(0);
	// Sorted by net change, largest first, until the reader picks a column.
	const nets = await page.locator('td[data-label="Net change"]').allTextContents();
	const values = nets.filter((t) => t !== '—').map((t) => Number(t.replace('−', '-').replace('±', '')));
	expect(values).toEqual([...values].sort((a, b) => b - a));
	expect(await audit(page)).toEqual([]);
});

test('a timeline event activated by keyboard moves the year there and opens its record in the panel', async ({ page }) => {
	await page.goto('/?year=2023&focus=KOR');
	await ready(page);
	const mark = page.locator('.timeline [data-event="kor-prk-cheonan-2010"]');
	await expect(mark).toHaveAttribute('aria-label', /^2010-03-26: /);
	// One Tab stop: focus the first mark, then walk with the arrow keys to the Cheonan.
	await page.locator('.timeline [role="button"][tabindex="0"]').focus();
	for (let i = 0; i < 400; i++) {
		if (await mark.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('ArrowRight');
	}
	await expect(mark).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/year=2010/);
	await expect(page).toHaveURL(/focus=KOR/);
	const record = page.locator('#evidence-kor-prk-cheonan-2010');
	await expect(record).toBeFocused();
	await expect(record).toContainText('Cheonan');
	expect(await audit(page)).toEqual([]);
});

test('the story walks by arrow keys to its last step, which exports with its caption', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /From the Cheonan/ }).click();
	await page.getByRole('link', { name: 'Begin the story' }).click();
	await expect(page).toHaveURL(/\/story\/founding-arc\/1$/);
	await expect(page.locator('.progress')).toHaveText('Step 1 of 9');
	expect(await audit(page)).toEqual([]);
	for (let n = 2; n <= 9; n++) {
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`/story/founding-arc/${n}$`));
		await expect(page.locator('.progress')).toHaveText(`Step ${n} of 9`);
	}
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/story\/founding-arc\/9$/);
	const caption = (await page.locator('.caption').textContent())!.trim();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export SVG' }).click()]);
	const svg = readFileSync((await download.path())!, 'utf8');
	const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
	expect(drawn).toContain('step 9 of 9');
	expect(drawn.replace(/\s+/g, ' ')).toContain(caption.split(' ').slice(0, 12).join(' '));
	expect(svg).not.toMatch(/<script|foreignObject/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/story\/founding-arc\/8$/);
	expect(await audit(page)).toEqual([]);
});

test('"US alliance triangle" draws only the United States, Japan and South Korea, in the map, the table and the API', async ({
	page,
	request
}) => {
	await page.goto('/?year=2023');
	await ready(page);
	await page.getByRole('button', { name: 'US alliance triangle' }).click();
	await expect(page).toHaveURL(/states=JPN,KOR,USA/);
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(3);
	const drawn = await page
		.locator('svg.atlas .aa-node[data-actor]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-actor')).sort());
	expect(drawn).toEqual(['JPN', 'KOR', 'USA']);
	await page.getByRole('button', { name: 'Table' }).click();
	await expect(page.locator('tbody tr')).toHaveCount(3);
	const api = await (await request.get('/api/network?year=2023&states=USA,JPN,KOR')).json();
	expect(api.actors.map((a: { id: string }) => a.id).sort()).toEqual(['JPN', 'KOR', 'USA']);
	expect(api.ties).toHaveLength(3);
	expect(await audit(page)).toEqual([]);
});

test('the States view draws a chart per state; blocs are drawn and listed in the legend', async ({ page }) => {
	await page.goto('/?year=2016&compare=2011&blocs=1');
	await ready(page);
	await expect(page.locator('svg.atlas .aa-blocs path').first()).toBeAttached();
	await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Bloc');
	await page.getByRole('button', { name: 'States', exact: true }).click();
	await expect(page.locator('.multiples li')).toHaveCount(8);
	await expect(page.getByRole('img', { name: /^South Korea, 2000–2025: .*In 2016: .*; in 2011: / })).toBeVisible();
	expect(await audit(page)).toEqual([]);
});

test('GET /api/events is in date order and filtered; bad parameters get 400 naming them', async ({ request }) => {
	const r = await (await request.get('/api/events?from=2010&to=2011&pair=PRK-KOR')).json();
	expect(r.events.length).toBeGreaterThan(1);
	expect(r.events.every((e: { pair: string }) => e.pair === 'KOR-PRK')).toBe(true);
	const ids = r.events.map((e: { id: string }) => e.id);
	expect(ids).toEqual(expect.arrayContaining(['kor-prk-cheonan-2010', 'kor-prk-yeonpyeong-2010']));
	const one = (await (await request.get('/api/events?from=2010&to=2010&actor=KOR&layer=tension')).json()).events;
	expect(one.every((e: { layer: string; pair: string }) => e.layer === 'tension' && e.pair.split('-').includes('KOR'))).toBe(true);
	expect(one.every((e: { title: string }) => e.title.length <= 80)).toBe(true);
	for (const [q, param] of [
		['from=1999', 'from'],
		['layer=trade', 'layer'],
		['pair=KOR-KOR', 'pair'],
		['actor=XXX', 'actor'],
		['when=2010', 'when']
	]) {
		const res = await request.get(`/api/events?${q}`);
		expect(res.status(), q).toBe(400);
		expect((await res.json()).errors[0].param).toBe(param);
	}
	expect((await request.get('/api/network?compare=1999')).status()).toBe(400);
	expect((await request.get('/export.svg?compare=20x1')).status()).toBe(400);
	const states = await (await request.get('/api/states?year=2011')).json();
	expect(states.states).toHaveLength(8);
	expect(states.blocs.flat().sort()).toEqual(expect.arrayContaining(['JPN', 'KOR', 'USA']));
});
