/**
 * The page's map drawn without a component per element. The server writes a scene's elements as
 * markup (`sceneMarkup`); the browser takes that markup over as it is — nothing to hydrate, which was
 * most of the page's start-up work — and from then on brings the elements up to date with a keyed
 * diff of one scene against the next (`patchChildren`): an element whose key (or place) and tag stay
 * is kept, so it keeps keyboard focus; only attributes whose value changed are written, as a Svelte
 * spread would.
 *
 * The same elements are refused as by the serialiser and `SceneView`: anything off its allow-list is
 * left out with its children, and so are event-handler attributes and off-site references.
 */
import type { Attrs, SceneNode } from '$lib/render/element';
import { allowedElement, escapeAttr, escapeText } from '$lib/render/serialise';

const SVG_NS = 'http://www.w3.org/2000/svg';
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
const SAFE_HREF = /^\/(?!\/)[^:]*$/;

/** Whether an attribute may be written: a plain name, no event handler, a reference only to a path of our own. */
function allowedAttr(name: string, value: string): boolean {
	if (!NAME.test(name) || /^on/i.test(name)) return false;
	return !/(^|:)href$/i.test(name) || SAFE_HREF.test(value);
}

function openTag(node: SceneNode): string {
	let s = `<${node.tag}`;
	for (const [k, v] of Object.entries(node.attrs ?? {})) {
		if (v === undefined || !allowedAttr(k, String(v))) continue;
		s += ` ${k}="${escapeAttr(String(v))}"`;
	}
	return `${s}>`;
}

function markupOf(node: SceneNode): string {
	if (!allowedElement(node.tag)) return '';
	const inner = node.text !== undefined ? escapeText(node.text) : (node.children ?? []).map(markupOf).join('');
	return `${openTag(node)}${inner}</${node.tag}>`;
}

/** Scene nodes as markup for the inside of an `<svg>` in an HTML page: compact (no whitespace between elements). */
export function sceneMarkup(nodes: readonly SceneNode[]): string {
	return nodes.map(markupOf).join('');
}

const keyOf = (node: SceneNode, index: number): string => (node.key !== undefined ? `k:${node.key}` : `i:${index}`);

function setAttrs(el: Element, prev: Attrs | undefined, next: Attrs | undefined) {
	for (const [k, v] of Object.entries(next ?? {})) {
		if (prev && prev[k] === v) continue;
		if (v === undefined) el.removeAttribute(k);
		else if (allowedAttr(k, String(v))) el.setAttribute(k, String(v));
		else el.removeAttribute(k);
	}
	if (prev) for (const k of Object.keys(prev)) if (prev[k] !== undefined && (next?.[k] ?? undefined) === undefined) el.removeAttribute(k);
}

function create(node: SceneNode): Element {
	const el = document.createElementNS(SVG_NS, node.tag);
	setAttrs(el, undefined, node.attrs);
	if (node.text !== undefined) el.textContent = node.text;
	else for (const child of node.children ?? []) if (allowedElement(child.tag)) el.append(create(child));
	return el;
}

function update(el: Element, prev: SceneNode, next: SceneNode) {
	if (prev.attrs !== next.attrs) setAttrs(el, prev.attrs, next.attrs);
	if (next.text !== undefined) {
		if (prev.text !== next.text || prev.children?.length) el.textContent = next.text;
	} else if (prev.children !== next.children) {
		if (prev.text !== undefined) el.textContent = '';
		patchChildren(el, prev.text !== undefined ? [] : (prev.children ?? []), next.children ?? []);
	}
}

/**
 * Bring `parent`'s element children, drawn from `prev`, up to `next`: elements are matched by key
 * (else by place), kept and updated when the tag is the same, moved where the order changed, made
 * for new nodes and removed for gone ones.
 */
export function patchChildren(parent: Element, prev: readonly SceneNode[], next: readonly SceneNode[]): void {
	const old = new Map<string, { node: SceneNode; el: Element }>();
	const stale: Element[] = [];
	let el = parent.firstElementChild;
	prev.forEach((node, i) => {
		if (!allowedElement(node.tag) || !el) return;
		const key = keyOf(node, i);
		// A key used twice keeps its first element; the others go.
		if (old.has(key)) stale.push(el);
		else old.set(key, { node, el });
		el = el.nextElementSibling;
	});
	let cursor = parent.firstElementChild;
	next.forEach((node, i) => {
		if (!allowedElement(node.tag)) return;
		const key = keyOf(node, i);
		const match = old.get(key);
		let target: Element;
		if (match && match.node.tag === node.tag) {
			old.delete(key);
			if (match.node !== node) update(match.el, match.node, node);
			target = match.el;
		} else target = create(node);
		if (target === cursor) cursor = cursor.nextElementSibling;
		else parent.insertBefore(target, cursor);
	});
	for (const { el } of old.values()) el.remove();
	for (const el of stale) el.remove();
}
