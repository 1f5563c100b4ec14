/**
 * The history the default dataset must tell. Each test states a claim a reader of the region would
 * check, and fails if the evidence or the rubric stop supporting it.
 */
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { checkDataset } from '../../src/lib/data/checks';
import { scorePair, datasetYears } from '../../src/lib/data/rubric';
import { latestCompleteYear } from '../../src/lib/data/trade';

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

	it('has Japan–ROK military cooperation higher in the GSOMIA years than between the failed 2012 signing and 2016', () => {
		const before = Math.max(...[2012, 2013, 2014, 2015].map((y) => s('JPN-KOR', y).scores.military));
		for (const year of [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
			expect(s('JPN-KOR', year).scores.military, `${year}`).toBeGreaterThan(before);
		expect(s('JPN-KOR', 2024).scores.military).toBeGreaterThan(s('JPN-KOR', 2011).scores.military);
	});

	it('records the January 2011 agreement to start GSOMIA/ACSA talks as talks, not a signed pact', () => {
		const jan2011 = d.evidence.filter((e) => e.pair === 'JPN-KOR' && e.from.startsWith('2011-01'));
		expect(jan2011.length).toBeGreaterThan(0);
		expect(jan2011.every((e) => e.kind === 'defence-dialogue')).toBe(true);
		const gsomia = d.evidence.find((e) => e.pair === 'JPN-KOR' && e.kind === 'intelligence-sharing' && e.from === '2016-11-23');
		expect(gsomia).toBeDefined();
	});

	it('confirms Japanese observers at Invincible Spirit (July 2010) from two reports, and counts it as a minor exercise', () => {
		const claim = d.evidence.find((e) => e.pair === 'JPN-KOR' && e.from.startsWith('2010-07') && e.kind === 'joint-exercise')!;
		expect(claim.confirmed).toBe(true);
		expect(claim.magnitude).toBe(1);
		const sources = claim.sources.map((id) => d.sources.find((x) => x.id === id)!);
		expect(sources.filter((x) => x.grade !== 'secondary').length).toBeGreaterThanOrEqual(2);
		expect(s('JPN-KOR', 2010).military.find((x) => x.evidence === claim.id)?.counted).toBe(true);
	});

	it('has Japan–ROK tension up in 2019 and down within 2023, the year of the détente', () => {
		expect(s('JPN-KOR', 2019).scores.tension).toBeGreaterThan(s('JPN-KOR', 2018).scores.tension);
		expect(s('JPN-KOR', 2023).scores.tension).toBeLessThan(s('JPN-KOR', 2022).scores.tension - 0.2);
		const detente = s('JPN-KOR', 2023).tension.find((c) => d.evidence.find((e) => e.id === c.evidence)?.kind === 'detente');
		expect(detente?.counted).toBe(true);
		expect(detente!.amount).toBeLessThan(0);
	});

	it('keeps Japan–ROK tension below inter-Korean tension in 2020–2022, the years of the export-control dispute', () => {
		for (const year of [2020, 2021, 2022])
			expect(s('JPN-KOR', year).scores.tension, `${year}`).toBeLessThan(s('KOR-PRK', year).scores.tension);
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

	it('has China ahead of the US as Japan’s and South Korea’s trading partner from 2011, by value', () => {
		for (const year of [2011, 2012, 2015, 2020, 2023, 2024]) {
			for (const [china, us] of [
				['CHN-JPN', 'JPN-USA'],
				['CHN-KOR', 'KOR-USA']
			] as const) {
				const c = s(china, year).trade;
				const u = s(us, year).trade;
				if (c.usdBn === null || u.usdBn === null) continue;
				expect(c.usdBn, `${china} ${year}`).toBeGreaterThan(u.usdBn);
			}
		}
		expect(s('CHN-JPN', 2011).trade.usdBn).toBeGreaterThan(s('JPN-USA', 2011).trade.usdBn!);
		expect(s('CHN-KOR', 2011).trade.usdBn).toBeGreaterThan(s('KOR-USA', 2011).trade.usdBn!);
	});

	it('has China ahead of the US by share of South Korea’s trade in 2011 (about a fifth of it), and of Japan’s where Japan’s total is known', () => {
		const kor = s('CHN-KOR', 2011).trade.share!.KOR!;
		expect(kor).toBeGreaterThan(0.18);
		expect(kor).toBeLessThan(0.24);
		expect(kor).toBeGreaterThan(s('KOR-USA', 2011).trade.share!.KOR!);
		const japanYears = d.totals
			.filter((t) => t.actor === 'JPN')
			.map((t) => t.year)
			.filter((y) => y >= 2009);
		expect(japanYears.length).toBeGreaterThan(2);
		for (const year of japanYears) {
			const c = s('CHN-JPN', year).trade.share?.JPN;
			const u = s('JPN-USA', year).trade.share?.JPN;
			if (c === undefined || u === undefined) continue;
			expect(c, `${year}`).toBeGreaterThan(u);
		}
	});

	it('shows the 2010 Cheonan year: China shields North Korea at the UN, and China–ROK tension rises above 2009', () => {
		expect(s('CHN-KOR', 2010).scores.tension).toBeGreaterThan(s('CHN-KOR', 2009).scores.tension);
		const prst = d.evidence.find((e) => e.pair === 'CHN-KOR' && e.from === '2010-07-09');
		expect(prst?.kind).toBe('diplomatic-crisis');
		expect(s('CHN-KOR', 2010).evidence).toContain(prst!.id);
		const drillProtest = d.evidence.filter((e) => e.pair === 'CHN-USA' && e.from.startsWith('2010-11'));
		expect(drillProtest.length).toBeGreaterThan(0);
	});

	it('shows the US push for trilateral ties in December 2010 on both Japan pairs', () => {
		for (const pair of ['JPN-KOR', 'JPN-USA']) {
			const dec2010 = d.evidence.filter((e) => e.pair === pair && e.layer === 'military' && e.from.startsWith('2010-12'));
			expect(dec2010.length, pair).toBeGreaterThan(0);
		}
		expect(s('JPN-KOR', 2011).scores.military).toBeGreaterThan(s('JPN-KOR', 2009).scores.military);
	});

	it('records North Korea’s uranium-enrichment reveal (November 2010) on the US pair', () => {
		const reveal = d.evidence.find((e) => e.pair === 'PRK-USA' && e.from.startsWith('2010-11'));
		expect(reveal).toBeDefined();
		expect(s('PRK-USA', 2011).evidence).toContain(reveal!.id);
	});

	it('lowers US–North Korea tension in 2018, the Singapore summit year, below 2017', () => {
		expect(s('PRK-USA', 2018).scores.tension).toBeLessThan(s('PRK-USA', 2017).scores.tension - 0.1);
	});

	it('lowers inter-Korean tension in 2018, the year of three summits and the military agreement', () => {
		expect(s('KOR-PRK', 2018).scores.tension).toBeLessThan(s('KOR-PRK', 2017).scores.tension - 0.2);
		expect(s('KOR-PRK', 2018).scores.military).toBeGreaterThan(s('KOR-PRK', 2017).scores.military);
	});

	it('shows the cross-strait détente: China–Taiwan tension in 2009–2012 (direct links, ECFA) below 2003–2006', () => {
		const mean = (ys: number[]) => ys.reduce((a, y) => a + s('CHN-TWN', y).scores.tension, 0) / ys.length;
		expect(mean([2009, 2010, 2011, 2012])).toBeLessThan(mean([2003, 2004, 2005, 2006]) - 0.1);
		expect(d.evidence.some((e) => e.pair === 'CHN-TWN' && e.kind === 'detente' && e.from === '2010-06-29')).toBe(true);
		expect(s('CHN-TWN', 2022).scores.tension).toBeGreaterThan(s('CHN-TWN', 2015).scores.tension);
	});

	it('gives the structural rivalries a baseline: US–China, US–North Korea, the two Koreas and the Taiwan Strait never score zero tension', () => {
		for (const pair of ['CHN-USA', 'PRK-USA', 'KOR-PRK', 'CHN-TWN']) {
			for (const year of datasetYears(d)) expect(s(pair, year).scores.tension, `${pair} ${year}`).toBeGreaterThan(0.1);
		}
	});

	it('scores the China–North Korea treaty as a treaty on paper, far below the US alliances', () => {
		for (const year of datasetYears(d)) {
			expect(s('CHN-PRK', year).scores.military, `${year}`).toBeLessThan(0.5);
			expect(s('CHN-PRK', year).scores.military).toBeLessThan(s('JPN-USA', year).scores.military - 0.5);
		}
	});

	it('ends the 2014 trilateral information-sharing arrangement between Japan and Korea when their GSOMIA begins', () => {
		const ids = s('JPN-KOR', 2018).military.map((c) => c.evidence);
		expect(ids).toContain('jpn-kor-gsomia-2016');
		expect(ids).not.toContain('jpn-kor-trilateral-info-sharing-2014');
	});

	it('raises US–Russia tension with the invasion of Ukraine (2022)', () => {
		expect(s('RUS-USA', 2022).scores.tension).toBeGreaterThan(s('RUS-USA', 2021).scores.tension + 0.2);
	});

	it('raises China–Japan tension with the Senkaku nationalisation (2012–2014) and counts the missiles in Japan’s EEZ (August 2022)', () => {
		expect(s('CHN-JPN', 2013).scores.tension).toBeGreaterThan(s('CHN-JPN', 2009).scores.tension + 0.2);
		const eez = d.evidence.find((e) => e.pair === 'CHN-JPN' && e.from === '2022-08-04');
		expect(eez?.kind).toBe('incident');
		expect(s('CHN-JPN', 2022).evidence).toContain(eez!.id);
	});

	it('keeps trade shocks as published: China–Russia 2009 and Japan–Russia 2021–22 are sourced figures, not lines across the shock', () => {
		expect(s('CHN-RUS', 2009).trade).toMatchObject({ status: 'sourced', usdBn: 38.8 });
		expect(s('CHN-RUS', 2009).trade.usdBn!).toBeLessThan(s('CHN-RUS', 2008).trade.usdBn! * 0.75);
		for (const year of [2021, 2022]) expect(s('JPN-RUS', year).trade.status, `${year}`).toBe('sourced');
		for (const pair of ['CHN-USA', 'JPN-USA', 'KOR-USA', 'CHN-KOR', 'CHN-JPN']) {
			for (const year of [2001, 2009, 2015, 2020, 2022]) expect(s(pair, year).trade.status, `${pair} ${year}`).not.toBe('estimated');
		}
	});

	it('flags the change of method in the China–Japan trade series', () => {
		const breaks = datasetYears(d).filter((y) => s('CHN-JPN', y).trade.seriesBreak);
		expect(breaks).toEqual([2014]);
	});

	it('rests every record on a primary or reporting source, and says why every missing trade year is missing', () => {
		expect(checkDataset(d).problems).toEqual([]);
		expect(d.sources.every((x) => ['primary', 'reporting', 'secondary'].includes(x.grade))).toBe(true);
	});

	it('opens on a year in which the five largest trading pairs all have a sourced figure', () => {
		const year = latestCompleteYear(d);
		expect(year).toBeGreaterThanOrEqual(2020);
		for (const pair of ['CHN-JPN', 'CHN-KOR', 'CHN-USA', 'JPN-USA', 'KOR-USA']) expect(s(pair, year).trade.status, pair).toBe('sourced');
	});

	it('codes every nuclear test at magnitude 3 and every drill encircling Taiwan as coercion 3, on every pair', () => {
		const nuclear = d.evidence.filter((e) => e.kind === 'weapons-test' && /nuclear-test/.test(e.id));
		expect(nuclear.length).toBeGreaterThan(10);
		for (const e of nuclear) expect(e.magnitude, e.id).toBe(3);
		const drills = d.evidence.filter(
			(e) => e.pair === 'CHN-TWN' && /drill|Joint Sword|Strait Thunder/i.test(e.description) && e.from >= '2022'
		);
		expect(drills.length).toBeGreaterThan(3);
		for (const e of drills) expect([e.kind, e.magnitude], e.id).toEqual(['coercion', 3]);
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
