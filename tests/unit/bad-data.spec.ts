/**
 * The corpus of broken and hostile datasets (tests/fixtures/bad-data, written by scripts/bad-data.ts):
 * each one, read as `data:check` and `DATA=` read it, gets its expected message — never acceptance,
 * never a stack trace — and the command line exits 1 with at most 50 messages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capMessages, readDataset } from '../../src/lib/cli/read';
import { loadUpload, type UploadFile } from '../../src/lib/upload/upload';
import { fixtureInput } from '../fixtures/dataset';

const dir = new URL('../fixtures/bad-data/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, string>;
const warnings = JSON.parse(readFileSync(join(dir, 'expected-warnings.json'), 'utf8')) as Record<string, string>;
const root = new URL('../../', import.meta.url).pathname;

describe('the bad-data corpus', () => {
	it('has at least 60 files', () => expect(Object.keys(expected).length).toBeGreaterThanOrEqual(60));

	it.each(Object.entries(expected))('%s, read as data:check and DATA= read it: %s', (file, message) => {
		const r = readDataset(join(dir, file));
		expect(r.ok, `${file} was accepted`).toBe(false);
		if (r.ok) return;
		expect(r.errors.join('\n')).toContain(message);
		for (const e of r.errors) {
			expect(e).not.toMatch(/\n\s+at /);
			expect(e.length).toBeLessThan(600);
		}
	});

	it.each(Object.entries(expected))('%s, loaded in the browser (the Web Worker runs loadUpload): %s', (file, message) => {
		const path = join(dir, file);
		const files: UploadFile[] = statSync(path).isDirectory()
			? readdirSync(path).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(path, n))) }))
			: [{ name: file, bytes: new Uint8Array(readFileSync(path)) }];
		const r = loadUpload(files);
		expect(r.ok, `${file} was accepted`).toBe(false);
		if (!r.ok) expect(r.errors.join('\n')).toContain(message);
	});

	it.each(Object.entries(warnings))('%s is kept with a warning: %s', (file, message) => {
		const bytes = new Uint8Array(readFileSync(join(dir, file)));
		const r = loadUpload([{ name: file, bytes }]);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.warnings.join('\n')).toContain(message);
		const cli = readDataset(join(dir, file));
		expect(cli.ok).toBe(true);
	});

	it('names a pipe, a symlink loop, a folder without parts and a missing path as such', () => {
		const tmp = mkdtempSync(join(tmpdir(), 'aa-bad-'));
		symlinkSync(join(tmp, 'b'), join(tmp, 'a'));
		symlinkSync(join(tmp, 'a'), join(tmp, 'b'));
		expect(readDataset(join(tmp, 'a'))).toEqual({ ok: false, errors: [`${join(tmp, 'a')}: is a symbolic link loop`] });
		expect(readDataset(join(tmp, 'nothing.json'))).toEqual({ ok: false, errors: [`${join(tmp, 'nothing.json')}: no such file or folder`] });
		const fifo = join(tmp, 'pipe.json');
		if (spawnSync('mkfifo', [fifo]).status === 0)
			expect(readDataset(fifo)).toEqual({ ok: false, errors: ['pipe.json: is a named pipe; give a regular file'] });
		const folder = readDataset(tmp);
		expect(folder.ok).toBe(false);
		if (!folder.ok) expect(folder.errors[0]).toMatch(/meta\.json: cannot be read/);
	});

	it('caps a long list of messages at 50 and says how many more', () => {
		const capped = capMessages(Array.from({ length: 600_001 }, (_, i) => `m${i}`));
		expect(capped).toHaveLength(51);
		expect(capped[50]).toBe('… and 599951 more');
		expect(capMessages(['a', 'b'])).toEqual(['a', 'b']);
	});
});

describe('data:check on bad files', { timeout: 60_000 }, () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...args], { cwd: root, encoding: 'utf8' });

	it('exits 1 with the message and no stack trace, and prints at most 50 messages for 100,000 bad records', () => {
		const r = run(join(dir, 'typo-To.json'));
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('unknown field "To"; did you mean "to"?');
		expect(r.stderr).not.toMatch(/\n\s+at /);
		const tmp = mkdtempSync(join(tmpdir(), 'aa-many-'));
		const d = fixtureInput() as unknown as Record<string, unknown>;
		d.evidence = Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, pair: 'JPN-XXX' }));
		writeFileSync(join(tmp, 'many.json'), JSON.stringify(d));
		const many = run(join(tmp, 'many.json'));
		expect(many.status).toBe(1);
		const lines = many.stderr.trim().split('\n');
		expect(lines.length).toBeLessThanOrEqual(52);
		expect(lines[lines.length - 1]).toMatch(/^… and \d+ more$/);
	});

	it('exits 2 for bad command-line use', () => {
		expect(run('--verbose').status).toBe(2);
		expect(run('a.json', 'b.json').status).toBe(2);
	});
});
