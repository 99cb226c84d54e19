import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quickFeature } from '$lib/data/quick-check';
import { featureProperties, geometry } from '$lib/data/schema';

type Raw = { properties: Record<string, unknown>; geometry: unknown };

const PLAIN: Raw = {
	geometry: { type: 'Point', coordinates: [-66.1, 18.4] },
	properties: {
		id: 'row-2',
		name: 'Event 0',
		category: 'naval-forces',
		start: '2025-10-31',
		end: '2025-11-02',
		precision: 'exact',
		sources: [{ publication: 'example.org', url: 'https://example.org/event/0' }]
	}
};

/** One change to the plain feature's properties (or, with `geometry`, to its geometry). */
type Variant = { properties?: Record<string, unknown>; geometry?: unknown; without?: string };

const source = (change: Record<string, unknown>) => ({ sources: [{ publication: 'P', ...change }] });

/** Edge cases on each side of every rule the quick check repeats, and fields it leaves to the schema. */
const VARIANTS: Variant[] = [
	{},
	{ without: 'end' },
	{ without: 'sources' },
	...['id', 'name', 'category', 'start', 'precision'].map((without) => ({ without })),
	{ properties: { id: '' } },
	{ properties: { id: '-a' } },
	{ properties: { id: 'A' } },
	{ properties: { id: 'a'.repeat(80) } },
	{ properties: { id: 'a'.repeat(81) } },
	{ properties: { id: 7 } },
	{ properties: { category: '-old' } },
	{ properties: { category: 'a'.repeat(81) } },
	{ properties: { name: '' } },
	{ properties: { name: 'n'.repeat(120) } },
	{ properties: { name: 'n'.repeat(121) } },
	{ properties: { name: ['x'] } },
	{ properties: { description: 'd'.repeat(4000) } },
	{ properties: { description: 'd'.repeat(4001) } },
	{ properties: { description: '' } },
	{ properties: { start: '2025-02-30' } },
	{ properties: { start: '2025-2-3' } },
	{ properties: { end: '2025-10-30' } },
	{ properties: { end: '2025-10-31' } },
	{ properties: { end: null } },
	{ properties: { datePrecision: 'week' } },
	{ properties: { datePrecision: 'week', end: '2025-11-06' } },
	{ properties: { datePrecision: 'week', end: '2025-11-07' } },
	{ properties: { datePrecision: 'week', end: undefined } },
	{ properties: { datePrecision: 'month', start: '2025-10-01', end: '2025-10-31' } },
	{ properties: { datePrecision: 'month', start: '2025-10-01', end: '2025-10-30' } },
	{ properties: { datePrecision: 'month', start: '2025-10-02', end: '2025-11-30' } },
	{ properties: { datePrecision: 'year' } },
	{ properties: { dateNote: 'said on Thursday' } },
	{ properties: { precision: 'approximate' } },
	{ properties: { precision: 'approximate', positionNote: 'somewhere' } },
	{ properties: { precision: 'approximate', positionNote: 'somewhere', radiusKm: 50 } },
	{ properties: { precision: 'exact', radiusKm: 0 } },
	{ properties: { precision: 'exact', radiusKm: 5000 } },
	{ properties: { precision: 'exact', radiusKm: 5000.5 } },
	{ properties: { precision: 'exact', radiusKm: Number.NaN } },
	{ properties: { precision: 'exact', radiusKm: '5' } },
	{ properties: { precision: 'symbolic', positionNote: 'said there', place: 'Beijing', from: 'Beijing' } },
	{ properties: { precision: 'symbolic', positionNote: 'said there', towards: [-66, 10] } },
	{ properties: { from: 'f'.repeat(41) } },
	{ properties: { designation: 'CG Gettysburg' } },
	{ properties: { group: 'ships' } },
	{ properties: { group: 'Ships' } },
	{ properties: { prominence: 'key' } },
	{ properties: { prominence: 'top' } },
	{ properties: { quantities: [] } },
	{ properties: { quantities: [{ kind: 'ships', value: 3, source: 0 }] } },
	{ properties: { disagreements: [] } },
	{ properties: { unit: { type: 'destroyer' } } },
	{ properties: { camera: [-70, 10, -60, 20] } },
	{ properties: { color: 'red' } },
	{ properties: JSON.parse('{"__proto__": {"polluted": true}}') },
	{ properties: { toString: 'x' } },
	{ properties: { constructor: 'x' } },
	{ properties: { sources: [] } },
	{ properties: { sources: {} } },
	{ properties: source({}) },
	{ properties: { sources: [{ url: 'https://example.org/' }] } },
	{ properties: source({ publication: '' }) },
	{ properties: source({ url: 'http://example.org/a?b#c' }) },
	{ properties: source({ url: 'HTTPS://EXAMPLE.ORG/' }) },
	{ properties: source({ url: ' https://example.org/' }) },
	{ properties: source({ url: 'https://exa mple.org/' }) },
	{ properties: source({ url: 'https://example.org/\n' }) },
	{ properties: source({ url: 'http:example.org' }) },
	{ properties: source({ url: 'https://' }) },
	{ properties: source({ url: 'javascript:alert(1)' }) },
	{ properties: source({ url: 'ftp://example.org/' }) },
	{ properties: source({ url: 'https://[::1' }) },
	{ properties: source({ file: 'a.md' }) },
	{ properties: source({ file: 'a.md', published: '2025-10-31' }) },
	{ properties: source({ published: '2025-13-01' }) },
	{ properties: source({ quote: '' }) },
	{ properties: source({ quote: 'q'.repeat(4000), translation: 'ours' }) },
	{ properties: source({ earlier: true }) },
	{ properties: source({ earlier: 'yes' }) },
	{ properties: source({ extra: 1 }) },
	{ properties: source({ quote: undefined }) },
	{ geometry: { type: 'Point', coordinates: [180, -90] } },
	{ geometry: { type: 'Point', coordinates: [180.01, 0] } },
	{ geometry: { type: 'Point', coordinates: [-180.01, 0] } },
	{ geometry: { type: 'Point', coordinates: [0, -90.01] } },
	{ geometry: { type: 'Point', coordinates: [-180, 90] } },
	{ geometry: { type: 'Point', coordinates: [0, 90.5] } },
	{ geometry: { type: 'Point', coordinates: [0, 0, 0] } },
	{ geometry: { type: 'Point', coordinates: ['0', 0] } },
	{ geometry: { type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 0] } },
	{ geometry: { type: 'Point', coordinates: [0, 0], bbox: [0, 0, 0, 0] } },
	{ geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } },
	{ geometry: null }
];

function variant({ properties = {}, geometry: shape, without }: Variant): Raw {
	const changed: Record<string, unknown> = { ...structuredClone(PLAIN.properties), ...properties };
	if (without) delete changed[without];
	return { properties: changed, geometry: shape === undefined ? structuredClone(PLAIN.geometry) : shape };
}

/** What the schema makes of a feature, or null when it refuses it (or the shape ties refuse it). */
function bySchema(raw: Raw): { properties: unknown; geometry: unknown } | null {
	const [props, shape] = [featureProperties.safeParse(raw.properties), geometry.safeParse(raw.geometry)];
	return props.success && shape.success ? { properties: props.data, geometry: shape.data } : null;
}

/** Every feature of the built-in scenario and of the import fixtures that are GeoJSON. */
function realFeatures(): Raw[] {
	const layers = readdirSync(new URL('../../geodata/scenario/', import.meta.url)).map((file) => new URL(`../../geodata/scenario/${file}`, import.meta.url));
	const fixtures = ['baltic.geojson', 'deployments.geojson', 'features.geojson'].map((file) => new URL(`../fixtures/import/${file}`, import.meta.url));
	return [...layers, ...fixtures].flatMap((url) => JSON.parse(readFileSync(url, 'utf8')).features as Raw[]);
}

describe('the quick check of plain features', () => {
	it('accepts only what the schema accepts, and returns what the schema returns', () => {
		const cases = [...VARIANTS.map(variant), ...realFeatures()];
		let accepted = 0;
		for (const raw of cases) {
			const quick = quickFeature(raw.properties, raw.geometry);
			if (quick === null) continue;
			accepted++;
			expect(bySchema(raw), JSON.stringify(raw).slice(0, 300)).toEqual(quick);
		}
		// It must take the common case, or it saves nothing.
		expect(accepted).toBeGreaterThan(40);
	});

	it('takes the plain rows a spreadsheet becomes, with the schema’s defaults', () => {
		expect(quickFeature(PLAIN.properties, PLAIN.geometry)).toEqual({
			properties: { ...PLAIN.properties, datePrecision: 'day', prominence: 'normal', quantities: [], disagreements: [] },
			geometry: PLAIN.geometry
		});
	});

	it('leaves tracks, units, figures and every refused value to the schema', () => {
		for (const change of [{ unit: { type: 'destroyer' } }, { quantities: [{ kind: 'ships', value: 3, source: 0 }] }, { name: '' }, { toString: 'x' }, { end: '2025-10-30' }]) {
			expect(quickFeature({ ...PLAIN.properties, ...change }, PLAIN.geometry)).toBeNull();
		}
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});
