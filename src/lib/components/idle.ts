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

let collator: 'cold' | 'queued' | 'warm' = 'cold';
/**
 * localeCompare's first use builds the collator, which takes tens of milliseconds: the page sorts with
 * it once the dataset is in (events) and when it first draws a new view (descriptions). Build it in an
 * idle task of its own, queued before any other idle work that may sort. Browser only.
 */
export function warmCollator(): void {
	if (collator !== 'cold') return;
	collator = 'queued';
	whenIdle(() => {
		void 'a'.localeCompare('b');
		collator = 'warm';
	});
}
