/**
 * Whether the Share dialog is open, and the button that opened it (keyboard focus goes back there when
 * it closes). Set only by a click in the browser: the server always renders it closed.
 */
class ShareState {
	open = $state(false);
	#opener: HTMLElement | null = null;

	/** The Share button's click: open the dialog. */
	show = (e: Event): void => {
		this.#opener = e.currentTarget instanceof HTMLElement ? e.currentTarget : null;
		this.open = true;
	};

	/** The dialog has closed (Close, Escape): focus back on the button that opened it. */
	closed = (): void => {
		this.open = false;
		this.#opener?.focus();
		this.#opener = null;
	};
}

export const share = new ShareState();
