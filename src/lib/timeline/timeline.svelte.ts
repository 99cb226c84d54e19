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
	/** While playing one stretch (a phase), the days it runs over; null when playing everything. */
	playRange = $state<{ first: Day; last: Day } | null>(null);
	readonly #player: Player;

	/** `rendered` resolves once the map shows the current day; playback never queues work ahead of it. */
	constructor(first: Day, last: Day, day: Day, rendered: () => Promise<void>) {
		this.first = first;
		this.last = last;
		this.day = clampDay(day, first, last);
		this.#player = new Player(
			{ advance: (days) => this.#advance(days), rendered, onStop: () => this.pause() },
			this.speed
		);
	}

	/** Where a day sits along the date slider, in percent of its track: the first day at 0, the last at 100. */
	percent(day: Day): number {
		return ((day - this.first) / Math.max(1, this.last - this.first)) * 100;
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
		this.playRange = null;
		if (this.day >= this.last) this.day = this.first;
		this.#start();
	}

	/** Plays only the days from `first` to `last` (a phase), from its first day; loops if `loop` is set. */
	playStretch(first: Day, last: Day): void {
		this.playRange = { first: clampDay(first, this.first, this.last), last: clampDay(last, this.first, this.last) };
		this.day = this.playRange.first;
		this.#start();
	}

	pause(): void {
		this.playing = false;
		this.playRange = null;
		this.#player.stop();
	}

	#start(): void {
		this.playing = true;
		this.#player.play();
	}

	togglePlay(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** Moves `days` on, never past the end of what is playing: its last day is always shown. */
	#advance(days: number): boolean {
		const { first, last } = this.playRange ?? this;
		if (this.day < last) this.day = Math.min(last, this.day + days);
		else if (this.loop) this.day = first;
		else return false;
		return true;
	}
}
