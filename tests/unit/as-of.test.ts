import { describe, expect, it } from 'vitest';
import type { FeatureProperties } from '$lib/data/schema';
import { knownBy } from '$lib/timeline/as-of';
import { parseDay } from '$lib/timeline/day';

const day = (iso: string) => parseDay(iso)!;
const source = (published: string) => ({ quote: `said on ${published}`, publication: 'Wire', published });

const properties = {
	id: 'ford',
	name: 'Carrier',
	category: 'naval',
	description: 'Written with hindsight.',
	start: '2025-10-24',
	datePrecision: 'day',
	precision: 'approximate',
	prominence: 'key',
	sources: [source('2025-10-24'), source('2025-11-16'), source('2025-12-29')],
	quantities: [
		{ kind: 'personnel', value: 4000, source: 0 },
		{ kind: 'personnel', value: 12000, source: 2 }
	],
	disagreements: [
		{
			topic: 'How many',
			claims: [
				{ claim: '4,000', source: 0 },
				{ claim: '12,000', source: 2 }
			]
		}
	],
	track: [
		{ date: '2025-10-24', at: [16.4, 43.5], source: 0 },
		{ date: '2025-11-16', at: [-63.9, 18.6], source: 1 }
	]
} as unknown as FeatureProperties;

describe('an item as known on a day (hide the future)', () => {
	it('keeps only the sources out by then, numbered as in the full list, and says how many wait', () => {
		const known = knownBy(properties, null, day('2025-11-20'));
		expect(known.sources.map(({ index }) => index)).toEqual([0, 1]);
		expect(known.hiddenSources).toBe(1);
		expect(known.complete).toBe(false);
	});

	it('drops figures, sides of a disagreement and positions reported later', () => {
		const known = knownBy(properties, null, day('2025-11-01'));
		expect(known.quantities.map((q) => q.value)).toEqual([4000]);
		expect(known.disagreements).toEqual([]);
		expect(known.track.map((w) => w.date)).toEqual(['2025-10-24']);
	});

	it('hides an end that has not come yet', () => {
		expect(knownBy(properties, day('2025-12-31'), day('2025-12-01')).end).toBeNull();
		expect(knownBy(properties, day('2025-12-31'), day('2025-12-31')).end).toBe(day('2025-12-31'));
	});

	it('shows everything once every source is out', () => {
		const known = knownBy(properties, null, day('2025-12-29'));
		expect(known.complete).toBe(true);
		expect(known.disagreements).toHaveLength(1);
		expect(known.quantities).toHaveLength(2);
	});
});
