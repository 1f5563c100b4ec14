/** The standalone SVG export of a view (the page's "Export SVG" and GET /export.svg), and its file name. */
import type { Dataset } from '../data/types';
import type { Basemap } from '../map/basemap';
import type { ViewState } from '../model/view';
import { sceneInput, type Snapshot } from '../pipeline';
import { buildExportScene } from '../render/export-scene';
import type { ExportInfo, SceneInput } from '../render/input';
import type { SceneNode } from '../render/element';
import { svgDocument } from '../render/serialise';

/**
 * The standalone SVG export of a snapshot (`computeSnapshot`): the page exports the one it shows, the
 * server computes one per request. `madeAt` is passed in, so the output is deterministic.
 */
export function exportSvg(dataset: Dataset, snapshot: Snapshot, basemap: Basemap, info: ExportInfo): string {
	const exportInfo = { ...info, sources: info.sources ?? sourcesLine(dataset, snapshot) };
	return svgDocument(exportScene(dataset, snapshot, { basemap: { paths: basemap }, exportInfo }));
}

/**
 * The export's scene of a snapshot: its picture on a page with header, legend and notes. Here, not in
 * the pipeline, so the page's bundle never holds it (this module loads on the first export).
 */
export function exportScene(
	dataset: Pick<Dataset, 'meta' | 'actors'>,
	snapshot: Snapshot,
	options: { basemap: SceneInput['basemap']; exportInfo: ExportInfo }
): SceneNode {
	return buildExportScene({ ...sceneInput(dataset, snapshot, options), exportInfo: options.exportInfo });
}

/**
 * Who the drawn ties' numbers come from, for the layers drawn: "Sources of the ties drawn: 41 documents
 * from 19 publishers, the most from UN Comtrade (9), Yonhap (5), Ministry of Defense (3); …"
 */
export function sourcesLine(dataset: Dataset, snapshot: Snapshot): string {
	const evidence = new Map(dataset.evidence.map((e) => [e.id, e]));
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const view = snapshot.view;
	// Only the layers drawn: a layer left out or weighted 0 draws nothing, so its sources are not the picture's.
	const drawn = new Set(view.layers.filter((l) => view.weights[l] > 0));
	const ids = new Set<string>();
	for (const t of snapshot.graph.ties) {
		if (!t.shown) continue;
		for (const id of t.evidence) {
			const e = evidence.get(id);
			if (e && drawn.has(e.layer)) for (const s of e.sources) ids.add(s);
		}
		if (drawn.has('trade')) for (const s of t.trade.sources) ids.add(s);
	}
	if (!ids.size) return '';
	const count = new Map<string, number>();
	for (const id of ids) {
		const publisher = sources.get(id)?.publisher;
		if (publisher) count.set(publisher, (count.get(publisher) ?? 0) + 1);
	}
	const top = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
	const publishers = count.size === 1 ? '1 publisher' : `${count.size} publishers`;
	return `Sources of the ties drawn: ${ids.size} document${ids.size === 1 ? '' : 's'} from ${publishers}, the most from ${top.map(([p, n]) => `${p} (${n})`).join(', ')}; each is listed with its title and URL in the data export.`;
}

/** The file name an export is saved under: alliance-atlas-2011-military-trade-tension.svg. */
export function exportFileName(view: ViewState, ext: string): string {
	const layers = view.layers.length ? view.layers.join('-') : 'no-layers';
	const years = view.compare !== null ? `${view.compare}-to-${view.year}` : String(view.year);
	const states = view.states ? `-${view.states.join('-').toLowerCase()}` : '';
	const size = view.size === 'page' ? '' : `-${view.size}`;
	return `alliance-atlas-${years}${states}-${layers}${view.mode === 'composite' ? '-composite' : ''}${view.focus ? `-${view.focus.toLowerCase()}` : ''}${size}.${ext}`;
}
