import { describe, expect, it } from 'vitest';
import { formatDistance, pathKm } from '$lib/map/measure';

describe('measuring', () => {
	it('gives great-circle distances that match known values', () => {
		// One degree of longitude on the equator: 111.19 km on turf's mean-radius sphere.
		expect(pathKm([[0, 0], [1, 0]])).toBeCloseTo(111.19, 1);
		// San Juan to Caracas: about 880 km.
		expect(pathKm([[-66.11, 18.47], [-66.9, 10.49]])).toBeGreaterThan(880);
		expect(pathKm([[-66.11, 18.47], [-66.9, 10.49]])).toBeLessThan(895);
	});

	it('adds up a path of several legs', () => {
		expect(pathKm([[0, 0], [1, 0], [2, 0]])).toBeCloseTo(2 * 111.19, 1);
		expect(pathKm([[0, 0]])).toBe(0);
	});

	it('reports kilometres and nautical miles', () => {
		expect(formatDistance(1852)).toBe('1,852 km (1,000 nmi)');
		expect(formatDistance(5.5)).toBe('5.5 km (3.0 nmi)');
	});
});
