import { describe, expect, it } from 'vitest';
import { readablePosition, roundDegrees } from '$lib/ui/edit/fields';

describe('edit form fields', () => {
	it('says a position with latitude first and the hemisphere in letters', () => {
		expect(readablePosition([-66.1, 15.2])).toBe('15.2° N, 66.1° W');
		expect(readablePosition([16.44, -43.5])).toBe('43.5° S, 16.44° E');
	});

	it('rounds a clicked position to four decimals', () => {
		expect(roundDegrees(-66.123456)).toBe(-66.1235);
	});
});
