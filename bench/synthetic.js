// A seeded generator of synthetic scenarios for the benchmark: the same files the app reads from
// geodata/, with many dated points spread over the real scenario's range and region.

/** mulberry32: a small, fast, seeded pseudo-random generator, so every run gets the same data. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAY = 86_400_000;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (text) => Date.parse(`${text}T00:00:00Z`) / DAY;

/**
 * Files for a scenario of `count` features, keyed by their path under geodata/. `index` is the real
 * scenario.json, whose range, region and categories the synthetic features follow.
 */
export function syntheticScenario(index, count, seed = 1) {
	const next = random(seed);
	const [first, last] = [dayOf(index.start), dayOf(index.end)];
	const [west, south, east, north] = index.region;
	const source = { url: 'https://example.org/synthetic', publication: 'Synthetic benchmark data', quote: 'synthetic' };
	const layers = Object.fromEntries(index.categories.map((c) => [`bench/${c.id}.geojson`, []]));
	const files = Object.keys(layers);
	for (let i = 0; i < count; i++) {
		const category = index.categories[i % index.categories.length].id;
		const start = first + Math.floor(next() * (last - first + 1));
		const lasting = next() < 0.1 ? null : Math.min(last, start + Math.floor(next() * 45));
		const properties = { id: `s${i}`, name: `Synthetic item ${i}`, category, description: 'Synthetic', start: iso(start), precision: 'exact', sources: [source] };
		if (lasting !== null) properties.end = iso(lasting);
		const coordinates = [+(west + next() * (east - west)).toFixed(4), +(south + next() * (north - south)).toFixed(4)];
		layers[`bench/${category}.geojson`].push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
	}
	const { phases: _phases, ...rest } = index;
	return {
		'scenario.json': JSON.stringify({ ...rest, layers: files }),
		...Object.fromEntries(files.map((file) => [file, JSON.stringify({ type: 'FeatureCollection', features: layers[file] })]))
	};
}

/**
 * A spreadsheet of `count` dated events, as a teacher or analyst might export one: a date, an end for
 * some, a name, a category, a position and a source address per row, spread like `syntheticScenario`.
 */
export function syntheticCsv(index, count, seed = 1) {
	const next = random(seed);
	const [first, last] = [dayOf(index.start), dayOf(index.end)];
	const [west, south, east, north] = index.region;
	const lines = ['date,end,name,category,latitude,longitude,url'];
	for (let i = 0; i < count; i++) {
		const start = first + Math.floor(next() * (last - first + 1));
		const end = next() < 0.1 ? '' : iso(Math.min(last, start + Math.floor(next() * 45)));
		const category = index.categories[i % index.categories.length].label;
		lines.push(`${iso(start)},${end},Event ${i},"${category}",${(south + next() * (north - south)).toFixed(4)},${(west + next() * (east - west)).toFixed(4)},https://example.org/event/${i}`);
	}
	return `${lines.join('\n')}\n`;
}
