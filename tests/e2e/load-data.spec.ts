/** Bring your own data in Chromium: CSV tables loaded, kept across a reload, a broken file refused, back to the default. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

const csvDir = new URL('../fixtures/data/triangle-csv/', import.meta.url).pathname;
const badFile = new URL('../fixtures/bad-data/typo-To.json', import.meta.url).pathname;

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

test('a CSV set loads, shows its states and name, exports with its name, survives a reload; a broken file changes nothing; the default returns', async ({
	page
}) => {
	await page.goto('/?year=2016');
	await ready(page);
	await page.getByRole('button', { name: 'Load data' }).click();
	const input = page.locator('.load-data input[type="file"]');
	await input.setInputFiles(readdirSync(csvDir).map((n) => `${csvDir}${n}`));
	const header = page.locator('.data-line');
	await expect(header).toContainText('Test triangle dataset');
	await expect(header).toContainText('version 0.3.1');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(3);
	await expect(page).toHaveURL(/data=local/);
	await expect(page.locator('footer')).toContainText('Test triangle dataset, version 0.3.1');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg).toContain('Data: Test triangle dataset, version 0.3.1');

	await page.reload();
	await ready(page);
	await expect(header).toContainText('Test triangle dataset');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(3);

	// A link to the default data still opens on the default data; the kept dataset is offered.
	await page.goto('/?year=2016&focus=KOR');
	await ready(page);
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
	await expect(page).toHaveURL(/focus=KOR/);
	await page.getByRole('button', { name: /Use your dataset/ }).click();
	await expect(header).toContainText('Test triangle dataset');
	await expect(page).toHaveURL(/data=local/);
	// Back crosses the switch: the default data again, and Forward returns to the loaded one.
	await page.goBack();
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
	await expect(header).not.toContainText('loaded in this browser');
	await page.goForward();
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(3);

	// A broken file: the error list, and nothing else changes.
	await page.getByRole('button', { name: 'Load data' }).click();
	await page.locator('.load-data input[type="file"]').setInputFiles(badFile);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('nothing was changed');
	await expect(alert).toContainText(`typo-To.json: evidence[1] 'jpn-kor-gsomia': unknown field "To"; did you mean "to"?`);
	await expect(header).toContainText('Test triangle dataset');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(3);
	const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze())
		.violations;
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

	await page.getByRole('button', { name: 'Use the default data' }).click();
	await expect(header).not.toContainText('Test triangle dataset');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
	await expect(page).not.toHaveURL(/data=local/);
	await page.reload();
	await ready(page);
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
});

test('a link with data=local opened where no dataset is kept says so and shows the default data', async ({ page }) => {
	await page.goto('/?data=local&year=2012');
	await ready(page);
	await expect(page.locator('.status')).toContainText('data loaded in another browser');
	await expect(page).not.toHaveURL(/data=local/);
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
});

test('a dataset of another region loads with its own frame and a world basemap drawn for it', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await page.getByRole('button', { name: 'Load data' }).click();
	await page.locator('.load-data input[type="file"]').setInputFiles(new URL('../fixtures/data/baltic.json', import.meta.url).pathname);
	await expect(page.locator('.stage-title')).toContainText('The Baltic, ');
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(5);
	expect(await page.locator('svg.atlas .aa-basemap path').count()).toBeGreaterThan(10);
	// Every state at its capital inside the frame: none on an edge.
	await expect(page.locator('svg.atlas .aa-offframe')).toHaveCount(0);
	await page.getByRole('button', { name: 'Use the default data' }).click();
	await expect(page.locator('svg.atlas .aa-node[data-actor]')).toHaveCount(8);
});
