// Builds the offline basemap under geodata/basemap/ from Natural Earth (world-atlas, public domain).
// Run with `npm run basemap`; the outputs are committed so the app never needs this at run time.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import * as turf from '@turf/turf';
import { BASEMAP_BBOX, CITIES, COUNTRY_LABELS, SEAS, WORLD_LABELS } from './basemap-config.js';
import { spanishName } from './basemap-spanish.js';

const require = createRequire(import.meta.url);
const out = new URL('../geodata/basemap/', import.meta.url);

/**
 * Rounds coordinates to `step` degrees (0.001, about 100 m, is finer than the 1:50m source), dropping
 * points that then repeat.
 */
function roundCoords(geometry, step = 0.001) {
	const minPoints = geometry.type.endsWith('Polygon') ? 4 : 2;
	const roundPoint = (p) => p.map((v) => Math.round(v / step) * step).map((v) => Number(v.toFixed(3)));
	const same = (a, b) => a[0] === b[0] && a[1] === b[1];
	const isPositions = (c) => c.length > 0 && typeof c[0][0] === 'number';
	const round = (c) =>
		isPositions(c)
			? c.map(roundPoint).filter((p, i, all) => i === 0 || !same(p, all[i - 1]))
			: c.map(round).filter((part) => part.length >= (isPositions(part) ? minPoints : 1));
	return { ...geometry, coordinates: round(geometry.coordinates) };
}

function clipped(geojsonFeature, properties) {
	const clip = turf.bboxClip(geojsonFeature, BASEMAP_BBOX);
	const coords = clip.geometry.coordinates;
	if (!coords.length || coords.every((part) => !part.length)) return null;
	return { type: 'Feature', properties, geometry: roundCoords(clip.geometry) };
}

async function writeCollection(name, features) {
	const body = JSON.stringify({ type: 'FeatureCollection', features });
	await writeFile(new URL(name, out), body + '\n');
	console.log(`geodata/basemap/${name}: ${features.length} features, ${(body.length / 1024).toFixed(0)} KiB`);
}

const topology = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = topology.objects.countries;

const land = feature(topology, countries)
	.features.map((f) => clipped(f, { name: f.properties.name }))
	.filter(Boolean);

// Borders come from arcs shared by two countries and the coastline from arcs used once,
// so the rectangle the region is clipped to never shows up as a line.
const borders = clipped({ type: 'Feature', geometry: mesh(topology, countries, (a, b) => a !== b) }, { kind: 'border' });
const coast = clipped({ type: 'Feature', geometry: mesh(topology, countries, (a, b) => a === b) }, { kind: 'coast' });

const countryNames = new Set(land.map((f) => f.properties.name));
for (const label of COUNTRY_LABELS) {
	if (!countryNames.has(label.name)) throw new Error(`Country label "${label.name}" matches no Natural Earth country`);
}
// Every label carries its Spanish name as `name_es`; a hand-made label without one fails here, before
// anything is written (the world layer's Natural Earth countries are checked as they are named).
for (const name of [...COUNTRY_LABELS.map((c) => c.label), ...CITIES.map((c) => c.name), ...SEAS.map((s) => s.name), ...WORLD_LABELS.map((l) => l.name)]) spanishName(name);

await writeCollection('land.geojson', land);
await writeCollection('borders.geojson', [borders, coast]);

const point = (at, properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } });
await writeCollection('places.geojson', [
	...COUNTRY_LABELS.map((c) => point(c.at, { kind: 'country', name: c.label, name_es: spanishName(c.label), rank: c.rank, ...(c.zoomed && { zoomed: c.zoomed }), ...(c.focus && { focus: true }), ...(c.beside && { beside: true }) })),
	...CITIES.map((c) => point(c.at, { kind: c.capital ? 'capital' : 'city', name: c.name, name_es: spanishName(c.name), rank: c.rank })),
	...SEAS.map((s) => point(s.at, { kind: 'sea', name: s.name, name_es: spanishName(s.name), rank: s.rank }))
]);

// The world, lighter (Natural Earth 1:110m), for scenarios that reach beyond the region: everything
// outside the region's rectangle, so it lies under the detailed layers without showing through them.
const box = turf.bboxPolygon(BASEMAP_BBOX);
/** About 1 km, finer than the 1:110m source. */
const WORLD_STEP = 0.01;
const isOutside = ([x, y]) => x < BASEMAP_BBOX[0] || x > BASEMAP_BBOX[2] || y < BASEMAP_BBOX[1] || y > BASEMAP_BBOX[3];

/** A line broken where it jumps across the antimeridian (see `splitAtAntimeridian`). */
function breakAtAntimeridian(coordinates) {
	const parts = [[coordinates[0]]];
	for (let i = 1; i < coordinates.length; i++) {
		if (Math.abs(coordinates[i][0] - coordinates[i - 1][0]) > 180) parts.push([]);
		parts.at(-1).push(coordinates[i]);
	}
	return parts.filter((part) => part.length > 1);
}

/** The parts of a line outside the region's rectangle. */
function linesOutside(geometry) {
	const lines = (geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates).flatMap(breakAtAntimeridian);
	return lines.flatMap((coordinates) => {
		const line = turf.lineString(coordinates);
		const parts = turf.lineSplit(line, box).features; // none when the line does not cross the edge
		return (parts.length ? parts : [line]).filter((part) => isOutside(turf.along(part, turf.length(part) / 2).geometry.coordinates)).map((part) => part.geometry.coordinates);
	});
}

for (const label of WORLD_LABELS) if (!isOutside(label.at)) throw new Error(`World label "${label.name}" lies inside the detailed region`);
const worldLand = JSON.parse(await readFile(require.resolve('world-atlas/land-110m.json'), 'utf8'));
const worldCountries = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8'));

/**
 * Natural Earth's islands that cross the antimeridian (Fiji, Chukotka, Wrangel) are drawn for a
 * globe: on a flat map their rings jump across the world and fill a sliver round it. Each ring is
 * unwrapped into one continuous stretch of longitude, then cut at ±180 and each piece brought home.
 */
function splitAtAntimeridian(polygon) {
	const unwrapped = polygon.map((ring) => {
		let offset = 0;
		return ring.map(([x, y], i) => {
			if (i > 0) {
				const step = x + offset - ring[i - 1][0] - offset;
				if (step > 180) offset -= 360;
				else if (step < -180) offset += 360;
			}
			return [x + offset, y];
		});
	});
	const xs = unwrapped[0].map(([x]) => x);
	if (Math.min(...xs) >= -180 && Math.max(...xs) <= 180) return [polygon];
	return [-360, 0, 360].flatMap((shift) => {
		const clipped = turf.bboxClip(turf.polygon(unwrapped), [-180 + shift, -90, 180 + shift, 90]).geometry.coordinates;
		return clipped.length && clipped[0].length >= 4 ? [clipped.map((ring) => ring.map(([x, y]) => [x - shift, y]))] : [];
	});
}

const landOutside = feature(worldLand, worldLand.objects.land)
	.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap(splitAtAntimeridian).map((polygon) => turf.polygon(polygon)))
	.map((f) => turf.difference(turf.featureCollection([f, box])))
	.filter(Boolean)
	.map((f) => ({ type: 'Feature', properties: {}, geometry: roundCoords(f.geometry, WORLD_STEP) }));
const lineFeature = (geometry, kind) => ({ type: 'Feature', properties: { kind }, geometry: roundCoords({ type: 'MultiLineString', coordinates: linesOutside(geometry) }, WORLD_STEP) });
await writeCollection('world.geojson', [
	...landOutside,
	lineFeature(mesh(worldCountries, worldCountries.objects.countries, (a, b) => a !== b), 'border'),
	lineFeature(mesh(worldLand, worldLand.objects.land), 'coast'),
	...WORLD_LABELS.map((l) => point(l.at, { kind: l.kind, name: l.name, name_es: spanishName(l.name), rank: l.rank })),
	...countryLabelsOutside()
]);

/**
 * A name for every other Natural Earth country beyond the detailed region, so a scenario anywhere has
 * its countries named: at the centre of its largest piece of land (or a point on it when that centre
 * falls in the sea), ranked by that piece's size so the larger names win where they compete.
 */
function countryLabelsOutside() {
	const named = new Set(WORLD_LABELS.map((l) => l.name));
	return feature(worldCountries, worldCountries.objects.countries)
		.features.filter((f) => f.geometry && f.properties.name)
		.map((f) => {
			const pieces = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			const largest = turf.polygon(pieces.reduce((a, b) => (turf.area(turf.polygon(a)) >= turf.area(turf.polygon(b)) ? a : b)));
			const centre = turf.centerOfMass(largest).geometry.coordinates;
			const at = (turf.booleanPointInPolygon(centre, largest) ? centre : turf.pointOnFeature(largest).geometry.coordinates).map((v) => Number(v.toFixed(2)));
			const km2 = turf.area(largest) / 1e6;
			return { name: f.properties.name.toUpperCase(), at, rank: km2 > 1_000_000 ? 2 : km2 > 200_000 ? 3 : 4 };
		})
		.filter((label) => isOutside(label.at) && !named.has(label.name))
		.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
		.map((label) => point(label.at, { kind: 'country', name: label.name, name_es: spanishName(label.name), rank: label.rank }));
}
