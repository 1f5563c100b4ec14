/**
 * The export as a report needs it: sizes, the zoomed region, a reader's title and note, honest
 * notes, one text per label, and named layers. Drawn from the live default dataset.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../src/lib/data/default/index';
import { exportFileName, exportScene, exportSvg } from '../../src/lib/export/svg';
import { anchorsOf } from '../../src/lib/layout/anchors';
import { FRAME } from '../../src/lib/layout/frame';
import { captionWidth } from '../../src/lib/layout/text';
import { CAPTION_MAX, EXPORT_SIZES, viewContext, type ViewState } from '../../src/lib/model/view';
import { computeSnapshot } from '../../src/lib/pipeline';
import { tradeCaveat } from '../../src/lib/render/describe';
import type { SceneNode } from '../../src/lib/render/element';
import { PAGE_SPECS } from '../../src/lib/render/frame';
import { svgDocument } from '../../src/lib/render/serialise';
import { parseView } from '../../src/lib/view/state';
import { basemap, parseXml, safetyProblems } from '../helpers/svg';

const d = defaultDataset();
const ctx = viewContext(d);
const anchors = anchorsOf(d.actors);
const info = { madeAt: '2026-01-01T00:00:00.000Z', url: 'https://alliance-atlas.example/' };

function viewOf(query: string): ViewState {
	const parsed = parseView(new URLSearchParams(query), ctx);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.view;
}
const snapshotOf = (view: ViewState) => computeSnapshot(d, view, anchors);
const sceneOf = (view: ViewState) =>
	exportScene(d, snapshotOf(view), { basemap: { paths: basemap }, exportInfo: { ...info, sources: 'Sources: test.' } });
const svgOf = (view: ViewState) => exportSvg(d, snapshotOf(view), basemap, info);

/** Every node with its parents' transforms (translate and scale only, as the export writes them). */
function* walk(node: SceneNode, parents: SceneNode[] = []): Generator<{ node: SceneNode; parents: SceneNode[] }> {
	yield { node, parents };
	for (const c of node.children ?? []) yield* walk(c, [...parents, node]);
}
const byId = (root: SceneNode, id: string) => [...walk(root)].find(({ node }) => node.attrs?.id === id)?.node;
const texts = (node: SceneNode | undefined) =>
	node ? [...walk(node)].filter(({ node: n }) => n.tag === 'text').map(({ node: n }) => n) : [];

/** A text's estimated box in the root's user units, through its groups' translate/scale (the map's region as well). */
function textBox(node: SceneNode, parents: SceneNode[]): { x0: number; x1: number; y0: number; y1: number } {
	let size = Number(node.attrs?.['font-size'] ?? [...parents].reverse().find((p) => p.attrs?.['font-size'])?.attrs?.['font-size']);
	const bold = [node, ...parents].some((p) => p.attrs?.['font-weight'] === 'bold');
	const anchor = String(
		node.attrs?.['text-anchor'] ?? [...parents].reverse().find((p) => p.attrs?.['text-anchor'])?.attrs?.['text-anchor'] ?? 'start'
	);
	const w = captionWidth(node.text ?? '', size, bold);
	let x0 = Number(node.attrs!.x) - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
	let y0 = Number(node.attrs!.y) - size;
	let x1 = x0 + w;
	let y1 = Number(node.attrs!.y) + size * 0.3;
	for (const p of [...parents].reverse()) {
		if (p.tag === 'svg' && p.attrs?.viewBox && parents[0] !== p) {
			const [vx, vy, vw] = String(p.attrs.viewBox).split(' ').map(Number) as [number, number, number];
			const k = Number(p.attrs.width) / vw;
			[x0, x1, y0, y1] = [(x0 - vx) * k, (x1 - vx) * k, (y0 - vy) * k, (y1 - vy) * k];
			size *= k;
		}
		const t = String(p.attrs?.transform ?? '');
		const scale = /scale\(([\d.]+)\)/.exec(t);
		if (scale) [x0, x1, y0, y1] = [x0, x1, y0, y1].map((v) => v * Number(scale[1])) as [number, number, number, number];
		const move = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(t);
		if (move) [x0, x1, y0, y1] = [x0 + Number(move[1]), x1 + Number(move[1]), y0 + Number(move[2]), y1 + Number(move[2])];
	}
	return { x0, x1, y0, y1 };
}

describe('export sizes', () => {
	it.each(EXPORT_SIZES)('%s: the root has the size, unit and a matching viewBox, and every text lies inside it', (size) => {
		for (const query of [
			'year=2011',
			'year=2016&compare=2011&mode=composite',
			'year=2023&focus=KOR&blocs=0',
			'year=2011&view=420,180,720,380'
		]) {
			const root = sceneOf(viewOf(`${query}&size=${size}`));
			const spec = PAGE_SPECS[size];
			const [, , vw, vh] = String(root.attrs!.viewBox).split(' ').map(Number) as number[];
			expect(vw).toBe(spec.width);
			if (spec.height !== null) expect(vh).toBe(spec.height);
			if (spec.unit === 'mm') {
				expect(root.attrs!.width).toBe(`${spec.width / 4}mm`);
				expect(root.attrs!.height).toBe(`${spec.height! / 4}mm`);
			} else expect([root.attrs!.width, root.attrs!.height]).toEqual([vw, vh]);
			for (const { node, parents } of walk(root)) {
				if (node.tag !== 'text' || !node.text) continue;
				const b = textBox(node, parents);
				expect([b.x0, b.y0], `${size} ${query}: "${node.text}" starts inside`).toEqual([expect.any(Number), expect.any(Number)]);
				expect(
					b.x0 >= -0.5 && b.y0 >= -0.5 && b.x1 <= vw! + 0.5 && b.y1 <= vh! + 0.5,
					`${size} ${query}: "${node.text}" ${JSON.stringify(b)} in 0 0 ${vw} ${vh}`
				).toBe(true);
			}
		}
	});

	it('puts the legend beside the map on wide pages and under it on tall ones', () => {
		const placed = (size: string) => {
			const root = sceneOf(viewOf(`year=2016&size=${size}`));
			const map = byId(root, 'map')!;
			const [, x, y, k] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(String(map.attrs!.transform))!.map(Number) as number[];
			const legendText = texts(byId(root, 'legend'))[0]!;
			return {
				mapRight: x! + FRAME.width * k!,
				mapBottom: y! + FRAME.height * k!,
				legendX: Number(legendText.attrs!.x),
				legendY: Number(legendText.attrs!.y)
			};
		};
		for (const wide of ['slide', 'a4-landscape']) {
			const p = placed(wide);
			expect(p.legendX, wide).toBeGreaterThan(p.mapRight);
			expect(p.legendY, wide).toBeLessThan(p.mapBottom);
		}
		for (const tall of ['a4-portrait', 'square']) {
			const p = placed(tall);
			expect(p.legendY, tall).toBeGreaterThan(p.mapBottom);
		}
	});

	it('names the file after the size', () => {
		expect(exportFileName(viewOf('year=2011&size=slide'), 'svg')).toBe('alliance-atlas-2011-military-trade-tension-slide.svg');
		expect(exportFileName(viewOf('year=2011'), 'svg')).toBe('alliance-atlas-2011-military-trade-tension.svg');
	});
});

describe('the zoomed region', () => {
	it('draws the region of the frame the view names, with only the labels of the states in it, inside it', () => {
		const view = viewOf('year=2011&view=420,180,720,380');
		expect(view.extent).toEqual({ x0: 420, y0: 180, x1: 720, y1: 380 });
		const root = sceneOf(view);
		const region = [...walk(root)].find(({ node }) => node.tag === 'svg' && node !== root)!.node;
		expect(region.attrs!.viewBox).toBe('420 180 300 200');
		const layout = snapshotOf(view).layout;
		const inside = layout.nodes.filter((n) => n.x >= 420 && n.x <= 720 && n.y >= 180 && n.y <= 380).map((n) => n.id);
		expect(inside.length).toBeGreaterThan(0);
		expect(inside.length).toBeLessThan(layout.nodes.length);
		const labels = texts(byId(root, 'labels'));
		expect(labels.map((t) => t.key).sort()).toEqual([...inside].sort());
		const notes = texts(byId(root, 'notes'))
			.map((t) => t.text)
			.join(' ');
		expect(notes).toContain(`Zoomed in: ${inside.length} of ${layout.nodes.length} states lie in the region shown`);
		// The others: an arrow at the region's edge and their name, inside the region.
		const outside = texts(byId(root, 'outside')).map((t) => t.text);
		expect(outside.sort()).toEqual(
			layout.nodes
				.filter((n) => !inside.includes(n.id))
				.map((n) => n.name)
				.sort()
		);
		expect(texts(byId(root, 'legend')).map((t) => t.text)).toContain('State outside the zoomed region (named)');
	});

	it('is the whole frame without view=', () => {
		const root = sceneOf(viewOf('year=2011'));
		const region = [...walk(root)].find(({ node }) => node.tag === 'svg' && node !== root)!.node;
		expect(region.attrs!.viewBox).toBe(`0 0 ${FRAME.width} ${FRAME.height}`);
		expect(texts(byId(root, 'labels'))).toHaveLength(8);
	});
});

describe('title and note', () => {
	const anyText = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 600 }),
		fc.string({ unit: 'grapheme', maxLength: 400 }),
		fc.string({
			unit: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\u0000', '\uD800', '字', '👍', 'W', ' ', '\n', '=', 'a'),
			maxLength: 500
		}),
		fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', '<!ENTITY x "y">', 'W'.repeat(280), '字'.repeat(1000))
	);
	const shown = (root: SceneNode, prefix: string) =>
		texts(byId(root, 'header'))
			.filter((t) => t.key?.startsWith(`${prefix}-`))
			.map((t) => t.text!);

	it('any title and note: a well-formed, safe SVG with no markup, at most 280 characters of each shown, every line inside the page', () => {
		// A plain view, and the heaviest: a comparison, filtered, with a threshold and a zoom (the most notes).
		const bases = [viewOf('year=2011'), viewOf('year=2016&compare=2011&states=USA,JPN,KOR,CHN&min=0.2&view=420,180,720,380')];
		fc.assert(
			fc.property(anyText, anyText, fc.constantFrom(...EXPORT_SIZES), fc.constantFrom(...bases), (title, note, size, base) => {
				const view = { ...base, size, title, note };
				const svg = svgOf(view);
				const parsed = parseXml(svg);
				expect(safetyProblems(svg)).toEqual([]);
				expect(new Set(parsed.elements).size).toBeLessThanOrEqual(12);
				expect(
					parsed.elements.filter((e) => !['svg', 'g', 'path', 'line', 'circle', 'rect', 'text', 'title', 'desc', 'polygon'].includes(e))
				).toEqual([]);
				const root = sceneOf(view);
				for (const [prefix, value] of [
					['title', title],
					['note', note]
				] as const) {
					const lines = shown(root, prefix);
					const count = [...lines.join('')].length;
					if (value.trim()) expect(count).toBeGreaterThan(0);
					expect(count).toBeLessThanOrEqual(CAPTION_MAX);
				}
				const [, , vw, vh] = String(root.attrs!.viewBox).split(' ').map(Number) as number[];
				// However long the captions, the map keeps a good part of the page (smaller type makes room).
				const scale = Number(/scale\(([\d.]+)\)/.exec(String(byId(root, 'map')!.attrs!.transform))?.[1] ?? 1);
				expect(scale * FRAME.width, `${size}: the map's width`).toBeGreaterThan(vw! * 0.3);
				for (const { node, parents } of walk(root)) {
					if (node.tag !== 'text' || !node.text) continue;
					const b = textBox(node, parents);
					expect(b.x0 >= -0.5 && b.y0 >= -0.5 && b.x1 <= vw! + 0.5 && b.y1 <= vh! + 0.5, `"${node.text}" inside`).toBe(true);
				}
				for (const { node, parents } of walk(byId(root, 'header')!, [root])) {
					if (node.tag !== 'text') continue;
					const b = textBox(node, parents);
					expect(b.x0 >= 0 && b.x1 <= vw! && b.y1 <= vh!, `"${node.text}" inside`).toBe(true);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('any title or note in the address: read (tidied, at most 280 characters) or refused with a message naming it', () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom('title', 'note'), (value, key) => {
				const parsed = parseView(new URLSearchParams({ [key]: value }), ctx);
				if (parsed.ok) expect([...(parsed.view[key as 'title'] ?? '')].length).toBeLessThanOrEqual(CAPTION_MAX);
				else expect(parsed.errors).toEqual([{ param: key, error: expect.stringContaining(`at most ${CAPTION_MAX}`) }]);
			})
		);
	});

	it('replaces the automatic title, which otherwise follows layers, mode, focus, comparison and filters', () => {
		const titleOf = (q: string) => shown(sceneOf(viewOf(q)), 'title').join(' ');
		expect(titleOf('year=2011&title=Allies%20apart')).toBe('Allies apart');
		expect(titleOf('year=2011')).toBe('Northeast Asia, 2011: military, trade and tension ties');
		expect(titleOf('year=2016&layers=military&mode=composite&focus=KOR')).toBe('Northeast Asia, 2016: net military ties of South Korea');
		expect(titleOf('year=2016&mode=composite&weights=military:2,trade:1,tension:0.5')).toBe(
			'Northeast Asia, 2016: net military ×2, trade ×1 and tension ×0.5 ties'
		);
		// In layers mode each line keeps its own layer's score: weights only shift the net weight, said in the layers line.
		expect(titleOf('year=2016&weights=military:2,trade:1,tension:0.5')).toBe('Northeast Asia, 2016: military, trade and tension ties');
		// A layer weighted 0 draws no line, so the title leaves it out.
		expect(titleOf('year=2016&weights=military:1,trade:1,tension:0')).toBe('Northeast Asia, 2016: military and trade ties');
		expect(titleOf('year=2016&compare=2011&states=USA,JPN,KOR&min=0.2')).toBe(
			'Northeast Asia, 2011 → 2016: change in military, trade and tension ties among Japan, South Korea and United States (changes ≥ 0.2)'
		);
	});
});

describe('honest notes', () => {
	it('carries the trade caveat the page shows, the dataset name and version, and the sources line', () => {
		for (const year of [2000, 2011, 2023]) {
			const view = viewOf(`year=${year}`);
			const caveat = tradeCaveat(view, snapshotOf(view).graph);
			const notes = texts(byId(sceneOf(view), 'notes'))
				.map((t) => t.text)
				.join(' ');
			const svg = svgOf(view);
			if (caveat) expect(notes.replace(/\s+/g, ' ')).toContain(caveat);
			expect(svg).toContain(d.meta.version);
			expect(svg).toMatch(/Sources of the ties drawn: \d+ documents from \d+ publishers, the most from/);
		}
		// Only the drawn layers' sources: tension alone cites fewer documents than all three layers.
		const count = (q: string) => Number(/Sources of the ties drawn: (\d+) documents/.exec(svgOf(viewOf(q)))![1]);
		expect(count('year=2016&layers=tension')).toBeLessThan(count('year=2016'));
		expect(count('year=2016&weights=military:1,trade:1,tension:0')).toBe(count('year=2016&layers=military,trade'));
		const filtered = texts(byId(sceneOf(viewOf('year=2016&states=USA,JPN,KOR&min=0.5')), 'notes'))
			.map((t) => t.text)
			.join(' ');
		expect(filtered).toContain('Only the 3 states chosen are drawn');
		expect(filtered).toMatch(/pairs are not drawn: their shown scores are all under the threshold of 0.5/);
		// The count is of the pairs the threshold hides, not those with nothing to draw.
		const view = viewOf('year=2016&min=0.5');
		const { graph } = snapshotOf(view);
		const hidden = graph.ties.filter((t) => !t.shown && Math.max(t.scores.military, t.scores.trade ?? 0, t.scores.tension) > 0).length;
		expect(
			texts(byId(sceneOf(view), 'notes'))
				.map((t) => t.text)
				.join(' ')
		).toContain(`${hidden} of ${graph.ties.length} pairs are not drawn`);
		const compared = texts(byId(sceneOf(viewOf('year=2016&compare=2011&min=0.2')), 'notes'))
			.map((t) => t.text)
			.join(' ');
		expect(compared).toContain('Changes smaller than 0.2 are not drawn.');
	});
});

describe('editable text and named layers', () => {
	it('has one text per label, its halo a stroke under the fill', () => {
		const root = sceneOf(viewOf('year=2011'));
		const labels = byId(root, 'labels')!;
		expect(labels.attrs).toMatchObject({ 'paint-order': 'stroke', stroke: '#ffffff', fill: '#1e1e1e' });
		const svg = svgOf(viewOf('year=2011'));
		for (const a of d.actors) expect(svg.split(`>${a.name}`).length - 1, a.name).toBeLessThanOrEqual(1);
		expect(svg).not.toContain('aa-labels-halo');
	});

	it('names its groups with unique ids and Inkscape labels', () => {
		const svg = svgOf(viewOf('year=2011&blocs=0'));
		const { nodes } = parseXml(svg);
		const ids = nodes.map((n) => n.attrs.id).filter(Boolean);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['header', 'map', 'basemap', 'ties-military', 'ties-trade', 'ties-tension', 'states', 'labels', 'legend', 'notes'])
			expect(ids, id).toContain(id);
		expect(svg).toContain('xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"');
		expect(svg).toContain('id="ties-military" inkscape:label="Ties military" inkscape:groupmode="layer"');
		// A state's group is named after it, a group within the states' layer.
		expect(svg).toContain('id="state-KOR" inkscape:label="State KOR" transform=');
		expect(ids.filter((id) => /^node/.test(id!))).toEqual([]);
	});

	it('keeps a label legible where paint-order is ignored (the halo painted over the text)', () => {
		const root = sceneOf(viewOf('year=2011'));
		const labels = byId(root, 'labels')!;
		const dir = mkdtempSync(join(tmpdir(), 'aa-halo-'));
		/** The darkest pixel of the labels alone, drawn as a renderer without paint-order draws them: the stroke over the fill. */
		const darkest = (haloOpacity: number) => {
			const { 'paint-order': _ignored, ...attrs } = labels.attrs!;
			const only = { ...root, children: [{ ...labels, attrs: { ...attrs, 'stroke-opacity': haloOpacity } }] };
			writeFileSync(join(dir, 'labels.svg'), svgDocument(only));
			execFileSync('rsvg-convert', ['-b', 'white', '-o', join(dir, 'labels.png'), join(dir, 'labels.svg')]);
			const png = PNG.sync.read(readFileSync(join(dir, 'labels.png')));
			let min = 255;
			for (let i = 0; i < png.data.length; i += 4)
				min = Math.min(min, 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!);
			return min;
		};
		// #1e1e1e under the faint white halo: at least 4.5:1 against white (WCAG's contrast of sRGB greys).
		const contrast = (v: number) => {
			const c = v / 255;
			const l = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			return 1.05 / (l + 0.05);
		};
		expect(contrast(darkest(Number(labels.attrs!['stroke-opacity'])))).toBeGreaterThanOrEqual(4.5);
		// A check on the check: an opaque halo over the text leaves nothing to read.
		expect(contrast(darkest(1))).toBeLessThan(1.2);
	});
});
