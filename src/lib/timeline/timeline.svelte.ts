import { clampDay, type Day } from './day';
import { Player } from './player';

/** Days per second the player offers. */
export const SPEEDS = [1, 2, 4, 8] as const;

/**
 * The timeline the whole UI follows: the current day within the scenario's range, and playback.
 * Components read `day`; only user intent (a date, play, a speed) changes it.
 */
export class TimelineState {
	readonly first: Day;
	readonly last: Day;
	day = $state<Day>(0);
	playing = $state(false);
	speed = $state<number>(2);
	loop = $state(false);
	readonly #player: Player;

	/** `rendered` resolves once the map shows the current day; playback never runs ahead of it. */
	constructor(first: Day, last: Day, day: Day, rendered: () => Promise<void>) {
		this.first = first;
		this.last = last;
		this.day = clampDay(day, first, last);
		this.#player = new Player(
			{ advance: () => this.#advance(), rendered, onStop: () => (this.playing = false) },
			this.speed
		);
	}

	setDay(day: Day): void {
		this.day = clampDay(Math.round(day), this.first, this.last);
	}

	step(days: number): void {
		this.setDay(this.day + days);
	}

	setSpeed(daysPerSecond: number): void {
		this.speed = daysPerSecond;
		this.#player.daysPerSecond = daysPerSecond;
	}

	play(): void {
		if (this.day >= this.last) this.day = this.first;
		this.playing = true;
		this.#player.play();
	}

	pause(): void {
		this.playing = false;
		this.#player.stop();
	}

	togglePlay(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	#advance(): boolean {
		if (this.day < this.last) this.day += 1;
		else if (this.loop) this.day = this.first;
		else return false;
		return true;
	}
}
