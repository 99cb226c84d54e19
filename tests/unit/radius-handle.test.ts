import { describe, expect, it } from 'vitest';
import { roundedRadius, steppedRadius } from '$lib/map/radius-handle';

describe('radius handle', () => {
	it('sets whole kilometres within the schema’s limits', () => {
		expect(roundedRadius(12.4)).toBe(12);
		expect(roundedRadius(0.2)).toBe(1);
		expect(roundedRadius(9000)).toBe(5000);
	});

	it('changes the radius by a tenth a key press, and by at least a kilometre', () => {
		expect(steppedRadius(200, 1)).toBe(220);
		expect(steppedRadius(200, -1)).toBe(180);
		expect(steppedRadius(3, 1)).toBe(4);
		expect(steppedRadius(1, -1)).toBe(1);
	});
});
