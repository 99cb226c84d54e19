/**
 * Calls `fn` at most once per `ms`, always with the latest arguments, and always once more after
 * the last call so the final value is never dropped.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: A | null = null;
	let last = -Infinity;
	const flush = () => {
		timer = null;
		if (!pending) return;
		const args = pending;
		pending = null;
		last = Date.now();
		fn(...args);
	};
	return (...args: A) => {
		pending = args;
		if (timer !== null) return;
		const wait = Math.max(0, last + ms - Date.now());
		if (wait === 0) flush();
		else timer = setTimeout(flush, wait);
	};
}
