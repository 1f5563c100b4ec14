/**
 * Run work when the page is idle (or after `timeout` ms at the latest), as a task of its own: what the
 * first screen does not need waits, so no one task holds the main thread for long while the page starts.
 * Returns a function that cancels the work if it has not run.
 */
export function whenIdle(work: () => void, timeout = 2000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 50);
	return () => clearTimeout(id);
}
