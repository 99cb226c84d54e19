/** What the player drives: steps forward, and a promise for when the latest step is on screen. */
export interface PlayerHost {
	/** Moves `days` on (stopping at the end); returns false when there is nowhere to go (the end, not looping). */
	advance(days: number): boolean;
	/** Resolves once the map has drawn the latest step. */
	rendered(): Promise<void>;
	/** Called when playback stops by itself at the end. */
	onStop(): void;
}

/** Wall-clock time, in milliseconds, and a way to wait for it; tests pass a controllable one. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
	now: () => performance.now(),
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

/**
 * Plays the timeline at `daysPerSecond` of wall-clock time. A step is taken only once the map has
 * drawn the previous one, so work never queues up; when drawing a day takes longer than a day's
 * slot, the next step covers every day that has come due, the way a video player drops frames, so
 * playback keeps its pace on a slow machine instead of falling behind.
 */
export class Player {
	readonly #host: PlayerHost;
	readonly #clock: Clock;
	#run = 0;
	#daysPerSecond: number;
	/** When the current pace was set, and how many days had been played by then. */
	#since = { time: 0, days: 0 };
	/** Days played since `play()`. */
	#played = 0;
	/** Ends the loop's wait for the next slot early, when the pace changes. */
	#wake: (() => void) | null = null;

	constructor(host: PlayerHost, daysPerSecond: number, clock: Clock = realClock) {
		this.#host = host;
		this.#daysPerSecond = daysPerSecond;
		this.#clock = clock;
	}

	get daysPerSecond(): number {
		return this.#daysPerSecond;
	}

	/** A new speed counts from now: the days already played stay played. */
	set daysPerSecond(value: number) {
		this.#daysPerSecond = value;
		this.#since = { time: this.#clock.now(), days: this.#played };
		this.#wake?.();
	}

	get playing(): boolean {
		return this.#run % 2 === 1;
	}

	play(): void {
		if (this.playing) return;
		this.#run++;
		this.#played = 0;
		this.#since = { time: this.#clock.now(), days: 0 };
		void this.#loop(this.#run);
	}

	stop(): void {
		if (this.playing) this.#run++;
	}

	/** How many days should have been played by now at the current pace. */
	#due(): number {
		const elapsed = this.#clock.now() - this.#since.time;
		return this.#since.days + Math.floor((elapsed * this.#daysPerSecond) / 1000);
	}

	async #loop(run: number): Promise<void> {
		while (run === this.#run) {
			const due = this.#due();
			if (due <= this.#played) {
				const nextAt = this.#since.time + ((this.#played + 1 - this.#since.days) * 1000) / this.#daysPerSecond;
				const paceChanged = new Promise<void>((resolve) => (this.#wake = resolve));
				await Promise.race([this.#clock.sleep(Math.max(0, nextAt - this.#clock.now())), paceChanged]);
				this.#wake = null;
				continue;
			}
			if (!this.#host.advance(due - this.#played)) {
				this.#run++;
				this.#host.onStop();
				return;
			}
			this.#played = due;
			await this.#host.rendered();
		}
	}
}
