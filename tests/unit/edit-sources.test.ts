import { describe, expect, it } from 'vitest';
import { withoutSource, type Citing } from '$lib/edit/sources';
import { deepFreeze } from './deep-freeze';

const source = (publication: string) => ({ publication, url: `https://example.org/${publication}` });

/** An item with four sources: a track position cites the first, a claim the second, nothing the third, a figure the fourth. */
function item(): Citing {
	return deepFreeze({
		sources: [source('a'), source('b'), source('c'), source('d')],
		quantities: [{ kind: 'personnel', value: 4000, qualifier: 'about', source: 3, overall: false }],
		disagreements: [{ topic: 'Which ships', claims: [{ claim: 'Eight', source: 1 }] }],
		track: [
			{ date: '2025-09-01', at: [-66, 14], source: 0 },
			{ date: '2025-09-03', at: [-65, 15] }
		]
	} satisfies Citing);
}

describe('withoutSource', () => {
	it('removes a source nothing cites, renumbering what cites a later one and leaving the rest', () => {
		expect(withoutSource(item(), 2)).toEqual({
			patch: {
				sources: [source('a'), source('b'), source('d')],
				quantities: [{ ...item().quantities[0], source: 2 }],
				disagreements: item().disagreements,
				track: item().track
			}
		});
	});

	it('leaves the track out of the change when the item has none', () => {
		expect(withoutSource({ ...item(), track: undefined }, 2)).not.toHaveProperty('patch.track');
	});

	it('refuses while a figure, a claim or a track position cites the source, saying which', () => {
		expect(withoutSource(item(), 3)).toEqual({ citedBy: 'figure 1 (about 4,000 US personnel) cites this source: point it at another source or remove it first' });
		expect(withoutSource(item(), 1)).toEqual({ citedBy: 'claim 1 in “Which ships” cites this source: point it at another source or remove it first' });
		expect(withoutSource(item(), 0)).toEqual({ citedBy: 'the track position of 1 September 2025 cites this source: point it at another source or remove it first' });
	});

	it('names everything that cites it', () => {
		const warships = { kind: 'ships', value: 8, qualifier: 'exactly', source: 1, of: 'warships', overall: false } as const;
		const cited = { ...item(), quantities: [...item().quantities, warships], track: item().track!.map((w) => ({ ...w, source: 1 })) };
		expect(withoutSource(cited, 1)).toEqual({
			citedBy: 'figure 2 (8 warships), claim 1 in “Which ships” and 2 track positions cite this source: point them at another source or remove them first'
		});
	});
});
