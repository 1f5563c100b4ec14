/** Wait until a server answers `url` with a 2xx, polling every 150 ms, for at most `ms`. Shared by the bench and the smoke and Lighthouse scripts. */
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
