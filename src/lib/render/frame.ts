/**
 * The frame around an exported map: a header (title, layers and weights) and a footer (the legend
 * in rows that wrap at the frame's width, the notes, attribution, time made and view URL).
 */
import { FRAME } from '../layout/frame';
import { textWidth, wrapText } from '../layout/text';
import { layersSummary, placeOf, title, tradeCaveat } from './describe';
import { el, text, type SceneNode } from './element';
import { drawsEstimate, legendItems } from './legend';
import { driftsFromCapital } from './nodes';
import type { SceneInput } from './input';
import { BLOC_OPACITY, MAP_STYLE, changeMarkPath } from './style';

const LEGEND_FONT_SIZE = 12;
const CAPTION_FONT_SIZE = 12.5;
/** The header's height with a one-line title. */
export const HEADER_HEIGHT = 64;
const TITLE_FONT_SIZE = 20;
/** The footer's least height; a legend of more rows makes it taller. */
export const FOOTER_HEIGHT = 150;

/** The header (title wrapped to the frame's width, then the layers line), and its height. */
export function header(input: SceneInput, names: Map<string, string>): { node: SceneNode; height: number } {
	const lines = wrapText(title(input.view, names, placeOf(input.meta)), FRAME.width - 40, TITLE_FONT_SIZE);
	const extra = (lines.length - 1) * 24;
	return {
		node: el(
			'g',
			{ class: 'aa-header' },
			[
				...lines.map((line, i) =>
					text(
						'text',
						{ x: 20, y: 30 + i * 24, 'font-size': TITLE_FONT_SIZE, 'font-weight': 'bold', fill: MAP_STYLE.text },
						line,
						`title-${i}`
					)
				),
				text('text', { x: 20, y: 52 + extra, 'font-size': 12.5, fill: MAP_STYLE.muted }, layersSummary(input.view, names), 'subtitle')
			],
			'header'
		),
		height: HEADER_HEIGHT + extra
	};
}

/** The footer, and its height (the legend wraps into as many rows as it needs). */
export function footer(input: SceneInput, top: number): { node: SceneNode; height: number } {
	let y0 = top;
	const children: SceneNode[] = [];
	const caption = input.exportInfo?.caption;
	if (caption) {
		// A story step's caption first, wrapped to the frame: it is what the picture is there to say.
		children.push(
			text('text', { x: 20, y: y0 + 24, 'font-size': 13, 'font-weight': 'bold', fill: MAP_STYLE.text }, caption.heading, 'caption-heading')
		);
		const lines = wrapText(caption.text, FRAME.width - 40, CAPTION_FONT_SIZE);
		lines.forEach((line, i) =>
			children.push(
				text('text', { x: 20, y: y0 + 44 + i * 17, 'font-size': CAPTION_FONT_SIZE, fill: MAP_STYLE.text }, line, `caption-${i}`)
			)
		);
		y0 += 34 + lines.length * 17;
	}
	const items = legendItems(input.view, {
		estimated: drawsEstimate(input.graph),
		offFrame: input.layout.nodes.some((n) => n.anchor.offFrame),
		leaders: input.layout.nodes.some(driftsFromCapital),
		blocs: (input.blocs?.length ?? 0) > 0
	});
	let x = 20;
	items.forEach((item, i) => {
		const rowY = y0 + 26;
		const sample =
			item.shape === 'line'
				? el('line', {
						x1: x,
						y1: rowY - 4,
						x2: x + 30,
						y2: rowY - 4,
						stroke: item.colour,
						'stroke-width': item.width ?? 3,
						'stroke-dasharray': item.dash,
						'stroke-linecap': item.linecap,
						opacity: item.opacity
					})
				: item.shape === 'circle'
					? el('circle', { cx: x + 15, cy: rowY - 4, r: 6, fill: MAP_STYLE.nodeFill, stroke: MAP_STYLE.node, 'stroke-width': 2 })
					: item.shape === 'capital'
						? el('g', { fill: MAP_STYLE.muted, stroke: MAP_STYLE.muted, 'stroke-width': 1, 'stroke-dasharray': '3 3' }, [
								el('line', { x1: x + 3, y1: rowY - 4, x2: x + 30, y2: rowY - 4 }),
								el('circle', { cx: x + 3, cy: rowY - 4, r: 3, stroke: 'none' })
							])
						: item.shape === 'area'
							? el('rect', { x: x + 2, y: rowY - 11, width: 28, height: 14, rx: 7, fill: item.colour, opacity: BLOC_OPACITY * 2 })
							: item.shape === 'mark' && item.mark
								? el('path', { d: changeMarkPath(item.mark, x + 15, rowY - 4, 5), fill: item.colour })
								: el('path', { d: `M${x + 9} ${rowY - 11}L${x + 21} ${rowY - 4}L${x + 9} ${rowY + 3}Z`, fill: MAP_STYLE.muted });
		children.push(
			el(
				'g',
				{},
				[sample, text('text', { x: x + 38, y: rowY, 'font-size': LEGEND_FONT_SIZE, fill: MAP_STYLE.text }, item.label)],
				item.label
			)
		);
		x += 38 + textWidth(item.label, LEGEND_FONT_SIZE) + 22;
		const next = items[i + 1];
		if (next && x + 38 + textWidth(next.label, LEGEND_FONT_SIZE) > FRAME.width - 20) {
			x = 20;
			y0 += 24;
		}
	});
	const info = input.exportInfo!;
	const lineY = (i: number) => y0 + 58 + i * 17;
	children.push(
		text(
			'text',
			{ x: 20, y: lineY(0), 'font-size': 11, fill: MAP_STYLE.muted },
			`${input.view.compare !== null ? `Line width shows the size of the change from ${input.view.compare} to ${input.view.year}` : 'Line width shows the score (0–1)'}. Scores come from dated, sourced evidence and published trade statistics; see the dataset for every source.`,
			'note'
		),
		text(
			'text',
			{ x: 20, y: lineY(1), 'font-size': 11, fill: MAP_STYLE.muted },
			`Map data: Natural Earth. Data: ${input.meta.name}, version ${input.meta.version}. Made ${info.madeAt}.`,
			'attribution'
		),
		text('text', { x: 20, y: lineY(2), 'font-size': 11, fill: MAP_STYLE.muted }, `View: ${info.url}`, 'url')
	);
	const caveat = tradeCaveat(input.view, input.graph);
	if (caveat) children.push(text('text', { x: 20, y: lineY(3), 'font-size': 11, fill: MAP_STYLE.muted }, caveat, 'caveat'));
	return { node: el('g', { class: 'aa-footer' }, children, 'footer'), height: Math.max(FOOTER_HEIGHT, lineY(4) - top) };
}
