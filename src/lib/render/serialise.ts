/**
 * Serialise a scene to standalone SVG text. Every attribute value and text is escaped; element
 * names must be on a short allow-list, attribute names match a strict pattern and are never event
 * handlers, and a reference (href) may only be a path on our own site.
 * Control characters that XML 1.0 forbids are dropped, so any text from a dataset stays well-formed.
 */
import type { SceneNode } from './element';

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
/** The only elements a scene may hold: drawing and accessible text. No script, style, link or foreign content. */
const ELEMENTS = new Set([
	'svg',
	'g',
	'path',
	'line',
	'polyline',
	'polygon',
	'circle',
	'ellipse',
	'rect',
	'text',
	'tspan',
	'title',
	'desc',
	'image'
]);
/** A reference may only name a file of our own, by a path: never a scheme such as javascript: or data:. */
const SAFE_HREF = /^\/(?!\/)[^:]*$/;
// Characters XML 1.0 does not allow (C0 controls but tab, newline and return; lone surrogates; U+FFFE/FFFF).
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(s: string): string {
	return s.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
	return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Whether a scene may hold this element (the page's drawing checks the same list). */
export function allowedElement(tag: string): boolean {
	return NAME.test(tag) && ELEMENTS.has(tag);
}

function open(node: SceneNode): string {
	if (!allowedElement(node.tag)) throw new Error(`refused element ${JSON.stringify(node.tag)}`);
	let s = `<${node.tag}`;
	for (const [k, v] of Object.entries(node.attrs ?? {})) {
		if (v === undefined) continue;
		if (!NAME.test(k) || /^on/i.test(k)) throw new Error(`refused attribute name ${JSON.stringify(k)}`);
		if (/(^|:)href$/i.test(k) && !SAFE_HREF.test(String(v))) throw new Error(`refused reference ${k}=${JSON.stringify(String(v))}`);
		s += ` ${k}="${escapeAttr(String(v))}"`;
	}
	return s;
}

/** The scene as SVG markup, indented one level per depth for readable diffs. */
export function serialise(node: SceneNode, depth = 0): string {
	const pad = '\t'.repeat(depth);
	const head = open(node);
	if (node.text !== undefined) return `${pad}${head}>${escapeText(node.text)}</${node.tag}>`;
	if (!node.children || node.children.length === 0) return `${pad}${head}/>`;
	const inner = node.children.map((c) => serialise(c, depth + 1)).join('\n');
	return `${pad}${head}>\n${inner}\n${pad}</${node.tag}>`;
}

/** A complete SVG document: XML declaration, then the scene. */
export function svgDocument(root: SceneNode): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(root)}\n`;
}
