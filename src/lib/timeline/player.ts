/** What the player drives: one step forward, and a promise for when that step is on screen. */
export interface PlayerHost {
	/** Moves one day on; returns false when there is nowhere to go (the end, not looping). */
	advance(): boolean;
	/** Resolves once the map has drawn the latest step. */
	rendered(): Promise<void>;
	/** Called when playback stops by itself at the end. */
	onStop(): void;
}

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays the timeline at `daysPerSecond`. Each step waits both for its time slot and for the map to
 * finish drawing the previous step, so a slow map slows playback down instead of queueing work.
 */
export class Player {
	readonly #host: PlayerHost;
	readonly #sleep: Sleep;
	#run = 0;
	daysPerSecond: number;

	constructor(host: PlayerHost, daysPerSecond: number, sleep: Sleep = realSleep) {
		this.#host = host;
		this.daysPerSecond = daysPerSecond;
		this.#sleep = sleep;
	}

	get playing(): boolean {
		return this.#run % 2 === 1;
	}

	play(): void {
		if (this.playing) return;
		this.#run++;
		void this.#loop(this.#run);
	}

	stop(): void {
		if (this.playing) this.#run++;
	}

	async #loop(run: number): Promise<void> {
		while (run === this.#run) {
			await Promise.all([this.#sleep(1000 / this.daysPerSecond), this.#host.rendered()]);
			if (run !== this.#run) return;
			if (!this.#host.advance()) {
				this.#run++;
				this.#host.onStop();
				return;
			}
		}
	}
}
