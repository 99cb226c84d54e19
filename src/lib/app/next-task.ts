/**
 * Lets the page draw and answer input before going on. Work over every item of a large scenario is
 * split by these into tasks the page can breathe between, instead of one long freeze.
 */
export function nextTask(): Promise<void> {
	const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs work written as a generator, letting the page breathe (`nextTask`) at each of its `yield`s. */
export async function inTasks<T>(work: Generator<void, T>): Promise<T> {
	for (let step = work.next(); ; step = work.next()) {
		if (step.done) return step.value;
		await nextTask();
	}
}
