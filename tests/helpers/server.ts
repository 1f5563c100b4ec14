/**
 * Built servers for scripts and tests: wait until one answers, or start `node build` with some
 * environment, use it, and stop it. Shared by the bench, the smoke, Lighthouse and reliability scripts
 * and the end-to-end specs that start a server of their own.
 */
import { spawn } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

/** Wait until a server answers `url` with a 2xx, polling every 150 ms, for at most `ms`. */
export async function waitForServer(url: string, ms = 20_000): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`no answer from ${url} within ${ms} ms`);
}

/** Start `node build` on `port` with `env` added, wait for /api/network, run `use` against it, and stop it. */
export async function withServer(env: Record<string, string>, port: number, use: (base: string) => Promise<void>): Promise<void> {
	const server = spawn(process.execPath, ['build'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: 'ignore'
	});
	try {
		const base = `http://127.0.0.1:${port}`;
		await waitForServer(`${base}/api/network`);
		await use(base);
	} finally {
		server.kill();
	}
}
