/**
 * The shape of the code: data flows one way. No module imports itself back through a cycle, no
 * folder under src/lib imports from a folder that imports it back, and the pure folders never
 * import Svelte, SvelteKit or the DOM-only modules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const lib = join(root, 'src/lib');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** Each source file's imports inside src/lib, resolved to files (relative and $lib specifiers). */
function importGraph(): Map<string, string[]> {
	const all = files(lib);
	const known = new Set(all);
	const resolve = (spec: string, from: string): string | null => {
		const base = spec.startsWith('$lib/') ? join(lib, spec.slice(5)) : spec.startsWith('.') ? normalize(join(dirname(from), spec)) : null;
		if (!base) return null;
		for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (known.has(candidate)) return candidate;
		return null;
	};
	const graph = new Map<string, string[]>();
	for (const file of all) {
		const text = readFileSync(file, 'utf8');
		const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
		graph.set(
			file,
			specs.map((s) => resolve(s, file)).filter((f): f is string => f !== null)
		);
	}
	return graph;
}

const graph = importGraph();
const rel = (f: string) => relative(lib, f);
/** The folder of a file under src/lib ("data", "render", …); a file at the top of src/lib is its own unit. */
const folder = (f: string) => rel(f).split('/')[0]!;

describe('architecture', () => {
	it('reads the import graph (a check on the check)', () => {
		expect(graph.size).toBeGreaterThan(40);
		expect(graph.get(join(lib, 'pipeline.ts'))!.map(rel)).toEqual(
			expect.arrayContaining(['graph/graph.ts', 'layout/force.ts', 'render/scene.ts'])
		);
	});

	it('has no import cycle between files', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const stack: string[] = [];
		const visit = (f: string) => {
			state.set(f, 'open');
			stack.push(f);
			for (const g of graph.get(f) ?? []) {
				if (g === f) continue; // a component drawing its own children (SceneView) is recursion, not a cycle
				if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g].map(rel).join(' -> '));
				else if (!state.has(g)) visit(g);
			}
			stack.pop();
			state.set(f, 'done');
		};
		for (const f of graph.keys()) if (!state.has(f)) visit(f);
		expect(cycles).toEqual([]);
	});

	it('has no folder that imports from a folder importing it back', () => {
		const edges = new Set<string>();
		for (const [f, deps] of graph) for (const d of deps) if (folder(f) !== folder(d)) edges.add(`${folder(f)} -> ${folder(d)}`);
		const both = [...edges].filter((e) => {
			const [a, b] = e.split(' -> ');
			return a! < b! && edges.has(`${b} -> ${a}`);
		});
		expect(both).toEqual([]);
	});

	it('keeps the pure folders free of Svelte, SvelteKit and the DOM', () => {
		const pure = ['data', 'model', 'graph', 'layout', 'map', 'render', 'view', 'cli'];
		const offenders: string[] = [];
		for (const file of graph.keys()) {
			if (!pure.includes(folder(file))) continue;
			const text = readFileSync(file, 'utf8');
			if (/from\s+['"](svelte|\$app\/|@sveltejs\/)/.test(text) || /\b(document|window)\./.test(text)) offenders.push(rel(file));
		}
		expect(offenders).toEqual([]);
	});
});
