import { describe, expect, it } from 'vitest';
import { VisibilityModel } from '$lib/timeline/visibility';

const features = [
	{ start: 1, end: 5, category: 'naval' },
	{ start: 2, end: null, category: 'air' },
	{ start: 3, end: 3, category: 'naval' }
];

describe('VisibilityModel', () => {
	it('combines the date with the legend toggles', () => {
		const model = new VisibilityModel(features, (fid) => features[fid].category);
		expect(model.setDay(3)).toEqual({ shown: [0, 1, 2], hidden: [] });
		expect(model.setCategoryShown('naval', false)).toEqual({ shown: [], hidden: [0, 2] });
		expect(model.visibleIds()).toEqual([1]);
		expect(model.isVisible(0)).toBe(false);
	});

	it('does not touch features of a hidden category when the date moves', () => {
		const model = new VisibilityModel(features, (fid) => features[fid].category);
		model.setDay(3);
		model.setCategoryShown('naval', false);
		expect(model.setDay(4)).toEqual({ shown: [], hidden: [] });
		expect(model.setCategoryShown('naval', true)).toEqual({ shown: [0], hidden: [] });
	});

	it('ignores a toggle that changes nothing', () => {
		const model = new VisibilityModel(features, (fid) => features[fid].category);
		model.setDay(3);
		expect(model.setCategoryShown('air', true)).toEqual({ shown: [], hidden: [] });
	});
});

describe('VisibilityModel bookkeeping', () => {
	it('keeps the visible set and per-category counts in step with every change', () => {
		const model = new VisibilityModel(features, (fid) => features[fid].category);
		model.setDay(3);
		expect(model.size).toBe(3);
		expect(Object.fromEntries(model.counts())).toEqual({ naval: 2, air: 1 });
		model.setDay(4);
		expect(model.visibleIds()).toEqual([0, 1]);
		expect(Object.fromEntries(model.counts())).toEqual({ naval: 1, air: 1 });
		model.setCategoryShown('air', false);
		expect(model.size).toBe(1);
		expect(Object.fromEntries(model.counts())).toEqual({ naval: 1, air: 0 });
	});
});
