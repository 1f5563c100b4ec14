/** `DATA=… node build`: another dataset served everywhere; a broken one stops the start with its message. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { withServer } from '../helpers/server';

const root = new URL('../../', import.meta.url).pathname;

test('DATA=tests/fixtures/data/triangle.json serves that dataset on /, /api/network and /export.svg', async ({ page }) => {
	await withServer({ DATA: 'tests/fixtures/data/triangle.json' }, 4181, async (base) => {
		const api = await (await fetch(`${base}/api/network?year=2012`)).json();
		expect(api.dataset).toEqual({ name: 'Test triangle dataset', version: '0.3.1' });
		expect(api.actors.map((a: { id: string }) => a.id)).toEqual(['JPN', 'KOR', 'USA']);
		expect((await fetch(`${base}/api/network?year=2016`)).status).toBe(400);
		const svg = await (await fetch(`${base}/export.svg?year=2012`)).text();
		expect(svg).toContain('Test triangle dataset, version 0.3.1');
		const data = await (await fetch(`${base}/api/dataset.json`)).json();
		expect(data.meta.name).toBe('Test triangle dataset');
		await page.goto(`${base}/?year=2012`);
		await expect(page.locator('svg.atlas [data-actor]')).toHaveCount(3);
		await expect(page.locator('footer')).toContainText('Test triangle dataset, version 0.3.1');
		await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
		await page.getByRole('slider', { name: 'Year' }).focus();
		await page.keyboard.press('ArrowLeft');
		// The page computes the next view from this dataset, which it fetched from the server.
		await expect(page).toHaveURL(/year=2011/);
		await expect(page.locator('svg.atlas title')).toHaveText(/2011/);
		await expect(page.locator('svg.atlas [data-actor]')).toHaveCount(3);
	});
});

test('a DATA file that does not validate stops the start: exit 1 with the file, the record and the field', () => {
	const r = spawnSync(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, PORT: '4182', HOST: '127.0.0.1', DATA: 'tests/fixtures/data/broken-typo.json' },
		encoding: 'utf8',
		timeout: 20_000
	});
	expect(r.status).toBe(1);
	expect(r.stderr).toContain(`broken-typo.json: evidence[1] 'jpn-kor-gsomia': unknown field "To"; did you mean "to"?`);
	expect(r.stderr).not.toMatch(/\n\s+at /);
	const missing = spawnSync(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, PORT: '4182', HOST: '127.0.0.1', DATA: 'tests/fixtures/data/no-such.json' },
		encoding: 'utf8',
		timeout: 20_000
	});
	expect(missing.status).toBe(1);
	expect(missing.stderr).toContain('no-such.json: no such file or folder');
});

test('DATA with another region: the frame fits its capitals and the basemap is drawn for it', async ({ page }) => {
	await withServer({ DATA: 'tests/fixtures/data/baltic.json' }, 4183, async (base) => {
		const api = await (await fetch(`${base}/api/network?year=2019`)).json();
		expect(api.actors.map((a: { id: string }) => a.id)).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'RUS']);
		for (const a of api.actors) {
			expect(a.anchor.offFrame, a.id).toBe(false);
			expect(a.x).toBeGreaterThan(28);
			expect(a.x).toBeLessThan(932);
		}
		const svg = await (await fetch(`${base}/export.svg?year=2019`)).text();
		expect(svg).toContain('The Baltic, 2019');
		const basemap = await (await fetch(`${base}/api/basemap.json`)).json();
		expect(basemap.countries.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Estonia', 'Latvia', 'Finland']));
		expect(basemap.attribution).toContain('1:110m');
		await page.goto(`${base}/?year=2019`);
		await expect(page.locator('.stage-title')).toContainText('The Baltic, 2019');
		await expect(page.locator('svg.atlas [data-actor]')).toHaveCount(5);
	});
});
