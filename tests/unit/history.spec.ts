/**
 * The history the default dataset must tell. Each test states a claim a reader of the region would
 * check, and fails if the evidence or the rubric stop supporting it.
 */
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { scorePair, datasetYears } from '../../src/lib/data/rubric';

const d = defaultDataset();
const s = (pair: string, year: number) => scorePair(d, pair, year);

describe('the default dataset', () => {
	it('covers every year 2000–2025 for all 28 pairs', () => {
		expect(d.meta.years).toEqual({ from: 2000, to: 2025 });
		expect(datasetYears(d)).toHaveLength(26);
		expect(d.actors.map((a) => a.id).sort()).toEqual(['CHN', 'JPN', 'KOR', 'MNG', 'PRK', 'RUS', 'TWN', 'USA']);
	});

	it('has US–Japan and US–ROK military cooperation high in every year', () => {
		for (const year of datasetYears(d)) {
			expect(s('JPN-USA', year).scores.military, `JPN-USA ${year}`).toBeGreaterThan(0.8);
			expect(s('KOR-USA', year).scores.military, `KOR-USA ${year}`).toBeGreaterThan(0.8);
		}
	});

	it('has Japan–ROK military cooperation higher after GSOMIA (Nov 2016) than in 2011', () => {
		const y2011 = s('JPN-KOR', 2011).scores.military;
		for (const year of [2017, 2018, 2020, 2023, 2024]) expect(s('JPN-KOR', year).scores.military, `${year}`).toBeGreaterThan(y2011);
	});

	it('records the January 2011 agreement to start GSOMIA/ACSA talks as talks, not a signed pact', () => {
		const jan2011 = d.evidence.filter((e) => e.pair === 'JPN-KOR' && e.from.startsWith('2011-01'));
		expect(jan2011.length).toBeGreaterThan(0);
		expect(jan2011.every((e) => e.kind === 'defence-dialogue')).toBe(true);
		const gsomia = d.evidence.find((e) => e.pair === 'JPN-KOR' && e.kind === 'intelligence-sharing' && e.from === '2016-11-23');
		expect(gsomia).toBeDefined();
	});

	it('keeps the claim of Japanese observers at Invincible Spirit (July 2010) unconfirmed and unscored', () => {
		const claim = d.evidence.find((e) => e.pair === 'JPN-KOR' && e.from.startsWith('2010-07'));
		expect(claim?.confirmed).toBe(false);
		const c = s('JPN-KOR', 2010).military.find((x) => x.evidence === claim?.id);
		expect(c?.counted).toBe(false);
	});

	it('has Japan–ROK tension up in 2019 and down with the 2023 détente', () => {
		expect(s('JPN-KOR', 2019).scores.tension).toBeGreaterThan(s('JPN-KOR', 2018).scores.tension);
		expect(s('JPN-KOR', 2023).scores.tension).toBeLessThan(s('JPN-KOR', 2022).scores.tension);
		expect(s('JPN-KOR', 2023).scores.tension).toBeLessThan(s('JPN-KOR', 2019).scores.tension);
		// Tension is the year's peak: 2023 peaks on 1 January, before the March détente, which the
		// year lists as coming after the peak; the full drop shows from 2024.
		const y2023 = s('JPN-KOR', 2023);
		const detente = y2023.tension.find((c) => d.evidence.find((e) => e.id === c.evidence)?.kind === 'detente');
		expect(detente?.reason).toMatch(/^after the year's peak, on 2023-03/);
		expect(s('JPN-KOR', 2024).scores.tension).toBeLessThan(s('JPN-KOR', 2022).scores.tension - 0.2);
	});

	it('has Japan–ROK military cooperation dip with the 2019 termination notice and rise after 2023', () => {
		expect(s('JPN-KOR', 2019).scores.military).toBeLessThan(s('JPN-KOR', 2018).scores.military);
		expect(s('JPN-KOR', 2023).scores.military).toBeGreaterThan(s('JPN-KOR', 2022).scores.military);
	});

	it('has China–ROK tension peak with THAAD in 2016–17', () => {
		const peak = Math.max(s('CHN-KOR', 2016).scores.tension, s('CHN-KOR', 2017).scores.tension);
		for (const year of datasetYears(d).filter((y) => y < 2016 || y > 2017)) {
			expect(s('CHN-KOR', year).scores.tension, `${year}`).toBeLessThan(peak);
		}
	});

	it('has inter-Korean tension high in 2010 (Cheonan) and 2011 (after Yeonpyeong), above 2009', () => {
		expect(s('KOR-PRK', 2010).scores.tension).toBeGreaterThan(s('KOR-PRK', 2009).scores.tension);
		expect(s('KOR-PRK', 2011).scores.tension).toBeGreaterThan(s('KOR-PRK', 2009).scores.tension);
		expect(s('KOR-PRK', 2010).evidence.length).toBeGreaterThan(0);
	});

	it('has Russia–DPRK military cooperation up in 2024 and up again once the treaty is in force', () => {
		expect(s('PRK-RUS', 2024).scores.military).toBeGreaterThan(s('PRK-RUS', 2023).scores.military);
		expect(s('PRK-RUS', 2025).scores.military).toBeGreaterThan(s('PRK-RUS', 2024).scores.military);
	});

	it('has China ahead of the US in trade with both Japan and South Korea by 2011', () => {
		for (const [china, us] of [
			['CHN-JPN', 'JPN-USA'],
			['CHN-KOR', 'KOR-USA']
		] as const) {
			const c = s(china, 2011).trade;
			const u = s(us, 2011).trade;
			expect(c.usdBn, china).not.toBeNull();
			expect(u.usdBn, us).not.toBeNull();
			expect(c.usdBn!).toBeGreaterThan(u.usdBn!);
		}
	});

	it('raises military cooperation with Camp David (Aug 2023) in all three US–Japan–ROK dyads', () => {
		const isCampDavid = (e: (typeof d.evidence)[number]) => e.from.startsWith('2023-08-18');
		const without = { ...d, evidence: d.evidence.filter((e) => !isCampDavid(e)) };
		for (const pair of ['JPN-KOR', 'JPN-USA', 'KOR-USA']) {
			expect(d.evidence.filter((e) => e.pair === pair && isCampDavid(e)).length, pair).toBeGreaterThan(0);
			expect(s(pair, 2023).scores.military, pair).toBeGreaterThan(scorePair(without, pair, 2023).scores.military);
		}
	});

	it('cites a source with a URL for every record and every trade figure', () => {
		const sources = new Map(d.sources.map((x) => [x.id, x]));
		for (const e of d.evidence) for (const id of e.sources) expect(sources.get(id)?.url, e.id).toMatch(/^https?:\/\//);
		for (const t of d.trade) expect(sources.get(t.source)?.url, `${t.pair} ${t.year}`).toMatch(/^https?:\/\//);
	});
});
