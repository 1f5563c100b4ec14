/**
 * A scene is the drawing as plain data: SVG elements with attributes and text. One builder makes
 * it (`buildScene` in `scene.ts`); the page draws it with a Svelte component, the exports serialise it
 * (`serialise.ts`). So the page, the client export and the server export are one drawing.
 */

export type Attrs = Record<string, string | number | undefined>;

export interface SceneNode {
	tag: string;
	attrs?: Attrs;
	children?: SceneNode[];
	text?: string;
	/** A stable key among siblings, so a redraw reuses the same DOM element (and keeps focus). */
	key?: string;
}

export function el(tag: string, attrs?: Attrs, children?: SceneNode[], key?: string): SceneNode {
	const node: SceneNode = { tag };
	if (attrs) node.attrs = attrs;
	if (children) node.children = children;
	if (key !== undefined) node.key = key;
	return node;
}

export function text(tag: string, attrs: Attrs | undefined, content: string, key?: string): SceneNode {
	const node = el(tag, attrs, undefined, key);
	node.text = content;
	return node;
}
