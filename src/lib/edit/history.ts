/** A state left behind by a change, with the change's label ("move “Ceiba”"), for undo and redo buttons to name. */
interface Step<T> {
	state: T;
	label: string;
}

/**
 * Undo and redo over immutable states (scenario packages as they are edited): each change pushes the
 * new state, and undo and redo move between the states kept. At most `limit` changes can be undone,
 * so a long session's history does not grow without end.
 */
export class EditHistory<T> {
	#current: T;
	/** The states before each change that can be undone, oldest first, each with that change's label. */
	#undone: Step<T>[] = [];
	/** The states after each change that can be redone, the next one last, each with that change's label. */
	#redone: Step<T>[] = [];
	readonly #limit: number;

	constructor(initial: T, limit = 200) {
		this.#current = initial;
		this.#limit = limit;
	}

	get current(): T {
		return this.#current;
	}

	get canUndo(): boolean {
		return this.#undone.length > 0;
	}

	get canRedo(): boolean {
		return this.#redone.length > 0;
	}

	/** The label of the change undo would revert, or null when there is none. */
	get undoLabel(): string | null {
		return this.#undone.at(-1)?.label ?? null;
	}

	/** The label of the change redo would make again, or null when there is none. */
	get redoLabel(): string | null {
		return this.#redone.at(-1)?.label ?? null;
	}

	/** Makes `next` the current state, after a change named `label`; what was undone can no longer be redone. */
	push(next: T, label: string): void {
		this.#undone.push({ state: this.#current, label });
		if (this.#undone.length > this.#limit) this.#undone.shift();
		this.#redone = [];
		this.#current = next;
	}

	/** Goes back to the state before the last change and returns it, or null when there is nothing to undo. */
	undo(): T | null {
		return this.#step(this.#undone, this.#redone);
	}

	/** Makes the last undone change again and returns the state after it, or null when there is nothing to redo. */
	redo(): T | null {
		return this.#step(this.#redone, this.#undone);
	}

	/** Moves to the last state of `from`, leaving the current one on `to` under the same change's label. */
	#step(from: Step<T>[], to: Step<T>[]): T | null {
		const step = from.pop();
		if (!step) return null;
		to.push({ state: this.#current, label: step.label });
		this.#current = step.state;
		return step.state;
	}
}
