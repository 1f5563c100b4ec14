/**
 * Serialise a scene to standalone SVG text. Every attribute value and text is escaped; element and
 * attribute names come only from our own builder and are checked against a strict pattern anyway.
 * Control characters that XML 1.0 forbids are dropped, so any text from a dataset stays well-formed.
 */
import type { SceneNode } from './scene';

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
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

function open(node: SceneNode): string {
	if (!NAME.test(node.tag)) throw new Error(`bad element name ${JSON.stringify(node.tag)}`);
	let s = `<${node.tag}`;
	for (const [k, v] of Object.entries(node.attrs ?? {})) {
		if (v === undefined) continue;
		if (!NAME.test(k) || /^on/i.test(k)) throw new Error(`bad attribute name ${JSON.stringify(k)}`);
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
