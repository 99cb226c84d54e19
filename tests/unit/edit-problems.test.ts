import { describe, expect, it } from 'vitest';
import { problemsAt, problemsElsewhere, problemsWithin, type Refused } from '$lib/edit/problems';

describe('problemsAt', () => {
	const refused: Refused = {
		target: 'item',
		id: 'ceiba',
		problems: [
			{ file: 'a.geojson', field: 'name', message: 'must not be empty' },
			{ file: 'a.geojson', field: 'sources[1].publication', message: 'name the outlet' },
			{ file: 'a.geojson', field: 'sources[10].url', message: 'expected a web address' },
			{ file: 'a.geojson', field: 'namesake', message: 'another field' }
		]
	};

	it('gives a field its own problems and those of what lies under it, and no others', () => {
		expect(problemsAt(refused, 'item', 'ceiba', 'name').map((p) => p.message)).toEqual(['must not be empty']);
		expect(problemsAt(refused, 'item', 'ceiba', 'sources[1]').map((p) => p.message)).toEqual(['name the outlet']);
		expect(problemsAt(refused, 'item', 'ceiba', 'sources').map((p) => p.message)).toEqual(['name the outlet', 'expected a web address']);
	});

	it('gathers what a part of the form places nowhere inside it, to say at its top', () => {
		expect(problemsWithin(refused, 'item', 'ceiba', 'sources', ['sources[1]']).map((p) => p.message)).toEqual(['expected a web address']);
		expect(problemsWithin(refused, 'item', 'ceiba', 'sources', ['sources[1]', 'sources[10]'])).toEqual([]);
	});

	it('gathers what no shown field covers, so no refusal goes unexplained', () => {
		expect(problemsElsewhere(refused, 'item', 'ceiba', ['name', 'sources']).map((p) => p.message)).toEqual(['another field']);
		expect(problemsElsewhere(refused, 'phase', 'ceiba', [])).toEqual([]);
	});

	it('says nothing beside another item, a phase of the same id, or when nothing was refused', () => {
		expect(problemsAt(refused, 'item', 'other', 'name')).toEqual([]);
		expect(problemsAt(refused, 'phase', 'ceiba', 'name')).toEqual([]);
		expect(problemsAt(null, 'item', 'ceiba', 'name')).toEqual([]);
	});
});
