import { describe, expect, it } from 'vitest';
import { isOfflineCache, offlineCacheName, precachePaths } from '$lib/app/offline-cache';

describe('the offline cache', () => {
	const build = ['/_app/immutable/entry/app.3dyZkiQh.js', '/_app/immutable/assets/2.BDlxAyry.css'];

	it('is named by the version: the same build and data always the same name, any change another', () => {
		const name = offlineCacheName([...build, 'data-1']);
		expect(offlineCacheName([...build, 'data-1'])).toBe(name);
		expect(offlineCacheName([...build, 'data-2']), 'the data changed').not.toBe(name);
		expect(offlineCacheName(['/_app/immutable/entry/app.Other123.js', build[1], 'data-1']), 'a script changed').not.toBe(name);
		// Parts are kept apart: moving a character from one to the next is another version.
		expect(offlineCacheName(['ab', 'c'])).not.toBe(offlineCacheName(['a', 'bc']));
		expect(isOfflineCache(name)).toBe(true);
		expect(isOfflineCache('some-other-app-cache')).toBe(false);
	});

	it('keeps the pages, the built files, the static folder and the data, under the site’s base', () => {
		const paths = precachePaths({ base: '/map', build: build.map((path) => `/map${path}`), files: ['/map/favicon.svg'], prerendered: ['/map/notes'], data: ['data/checked-scenario.json', 'data/basemap/land.geojson'] });
		expect(paths).toEqual(['/map/', '/map/_app/immutable/entry/app.3dyZkiQh.js', '/map/_app/immutable/assets/2.BDlxAyry.css', '/map/favicon.svg', '/map/notes', '/map/data/checked-scenario.json', '/map/data/basemap/land.geojson']);
		expect(precachePaths({ base: '', build: [], files: [], prerendered: ['/'], data: [] }), 'the root page once').toEqual(['/']);
	});
});
