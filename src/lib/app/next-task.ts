/**
 * Lets the page draw and answer input before going on. Work over every item of a large scenario is
 * split by these into tasks the page can breathe between, instead of one long freeze.
 */
export function nextTask(): Promise<void> {
	const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
