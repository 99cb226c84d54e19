/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered } from '$service-worker';
import { OFFLINE_MESSAGE, isOfflineCache, offlineCacheName, precachePaths } from '$lib/app/offline-cache';

/**
 * Keeps the whole app in the browser after the first visit: the pages, scripts, styles, fonts, the
 * basemap and the built-in scenario are cached when this worker installs, and served from the cache
 * from then on, with the network only for anything else. A new version installs beside the running
 * one and waits: it takes over only when the page asks (its "Reload for the new version" button) or
 * when every tab of the app has closed, so nothing changes under a presenter mid-briefing.
 */
const worker = self as unknown as ServiceWorkerGlobalScope;

const paths = precachePaths({ base, build, files, prerendered, data: __OFFLINE_DATA__.files });
const CACHE = offlineCacheName([...build, __OFFLINE_DATA__.version]);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(paths)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE && isOfflineCache(key)).map((key) => caches.delete(key))))
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === OFFLINE_MESSAGE.takeOver) void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// A page is the same page whatever its address says after the "?": the view lives there.
			const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
			return cached ?? fetch(request);
		})()
	);
});
