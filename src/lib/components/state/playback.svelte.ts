/** Play: step through the years, one every `intervalMs`, from the year in view (or the first, at the end) to the last. */
export interface PlaybackHooks {
	/** The year in view and the dataset's years. */
	year(): number;
	years(): { from: number; to: number };
	/** Move to the first year before playing from the end (its own history entry). */
	restart(year: number): void;
	/** One step of the run (the steps of one run share one history entry). */
	step(year: number): void;
	/** Called as a run starts, so the run begins a fresh history entry. */
	begin(): void;
}

export class Playback {
	playing = $state(false);
	#timer: ReturnType<typeof setInterval> | undefined;
	#hooks: PlaybackHooks;
	#intervalMs: number;

	constructor(hooks: PlaybackHooks, intervalMs = 1200) {
		this.#hooks = hooks;
		this.#intervalMs = intervalMs;
	}

	toggle(): void {
		if (this.playing) return this.stop();
		const h = this.#hooks;
		if (h.year() >= h.years().to) h.restart(h.years().from);
		this.playing = true;
		h.begin();
		this.#timer = setInterval(() => {
			if (h.year() >= h.years().to) return this.stop();
			h.step(h.year() + 1);
		}, this.#intervalMs);
	}

	stop(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.playing = false;
	}
}
