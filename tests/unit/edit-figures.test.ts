import { describe, expect, it } from 'vitest';
import { finishedDisagreement, finishedFigure, listWith, repeatProblem } from '$lib/edit/figures';
import type { Quantity } from '$lib/data/schema';

const figure = (value: number, more: Partial<Quantity> = {}): Quantity => ({ kind: 'personnel', value, qualifier: 'about', source: 0, overall: false, ...more });

describe('listWith', () => {
	it('replaces a row in place, or adds one after the others, leaving the list alone', () => {
		const list = Object.freeze(['a', 'b']);
		expect(listWith(list, 1, 'B')).toEqual(['a', 'B']);
		expect(listWith(list, 2, 'c')).toEqual(['a', 'b', 'c']);
		expect(list).toEqual(['a', 'b']);
	});
});

describe('finishedFigure', () => {
	it('is not finished until it says what it counts, how many and from which source', () => {
		expect(finishedFigure({})).toBeNull();
		expect(finishedFigure({ kind: 'ships', value: 8 })).toBeNull();
		expect(finishedFigure({ kind: 'ships', source: 0 })).toBeNull();
		expect(finishedFigure({ value: 8, source: 0 })).toBeNull();
	});

	it('takes the form’s shown defaults for what was left unset, and leaves out empty optional fields', () => {
		expect(finishedFigure({ kind: 'ships', value: 0, source: 1 })).toEqual({ kind: 'ships', value: 0, source: 1, qualifier: 'exactly', overall: false });
		expect(finishedFigure({ kind: 'killed', value: 11, source: 0, qualifier: 'at least', overall: true, of: 'crew', asOf: '2025-09-02' })).toEqual({
			kind: 'killed',
			value: 11,
			source: 0,
			qualifier: 'at least',
			overall: true,
			of: 'crew',
			asOf: '2025-09-02'
		});
	});
});

describe('finishedDisagreement', () => {
	it('is not finished until it has a topic and every claim its words and source', () => {
		expect(finishedDisagreement({ claims: [{ claim: 'Eight', source: 0 }] })).toBeNull();
		expect(finishedDisagreement({ topic: 'How many ships', claims: [] })).toBeNull();
		expect(finishedDisagreement({ topic: 'How many ships', claims: [{ claim: 'Eight', source: 0 }, { claim: 'Ten' }] })).toBeNull();
		expect(finishedDisagreement({ topic: 'How many ships', claims: [{ claim: 'Eight', source: 0 }, { source: 1 }] })).toBeNull();
	});

	it('keeps a claim’s words and source only, and the note when there is one', () => {
		expect(finishedDisagreement({ topic: 'How many ships', claims: [{ claim: 'Eight', source: 0 }, { claim: 'Ten', source: 1 }] })).toEqual({
			topic: 'How many ships',
			claims: [
				{ claim: 'Eight', source: 0 },
				{ claim: 'Ten', source: 1 }
			]
		});
		expect(finishedDisagreement({ topic: 'How many ships', claims: [{ claim: 'Eight', source: 0 }], note: 'Counts differ by date.' })?.note).toBe('Counts differ by date.');
	});
});

describe('repeatProblem', () => {
	it('refuses a figure that says what another says, which loading would leave out', () => {
		const quantities = [figure(4000), figure(4500)];
		expect(repeatProblem(quantities, 1)).toMatch(/^it says the same as figure 1 \(the same kind, source, day and subject\)/);
		expect(repeatProblem(quantities, 0)).toMatch(/figure 2/);
	});

	it('lets figures differ by kind, source, subject, day or being a total', () => {
		for (const other of [figure(1, { kind: 'ships' }), figure(1, { source: 1 }), figure(1, { of: 'Marines' }), figure(1, { asOf: '2025-09-01' }), figure(1, { overall: true })]) {
			expect(repeatProblem([figure(4000), other], 1)).toBeNull();
		}
	});
});
