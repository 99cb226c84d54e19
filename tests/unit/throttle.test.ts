import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '$lib/app/throttle';

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('calls at once, then at most once per interval, ending with the latest value', () => {
		const calls: number[] = [];
		const write = throttle((n: number) => calls.push(n), 400);
		write(1);
		write(2);
		write(3);
		expect(calls).toEqual([1]);
		vi.advanceTimersByTime(400);
		expect(calls).toEqual([1, 3]);
		vi.advanceTimersByTime(1000);
		write(4);
		expect(calls).toEqual([1, 3, 4]);
	});
});
