import { OFFLINE_MESSAGE } from './offline-cache';

/**
 * Registers the offline worker (src/service-worker.ts), which keeps the app in the browser for the
 * next visit, and calls `onNewVersion` when a newer version has been kept and waits to take over:
 * calling the function it is given lets it, and the page reloads into it. Without a browser that
 * supports it (or from file://), the app works as before, online.
 */
export async function keepForOffline(onNewVersion: (takeOver: () => void) => void): Promise<void> {
	// The development server builds no offline worker; the single file is offline already, and
	// browsers run no service worker from file://.
	if (import.meta.env.DEV || __SINGLE_FILE__ || !('serviceWorker' in navigator)) return;
	const workers = navigator.serviceWorker;
	// Refused (private modes, blocked by policy or by a test harness, which may also answer nothing).
	const registration: ServiceWorkerRegistration | undefined = await workers.register(new URL('service-worker.js', document.baseURI)).catch(() => undefined);
	if (!registration) return;
	const announce = (waiting: ServiceWorker) =>
		onNewVersion(() => {
			workers.addEventListener('controllerchange', () => location.reload(), { once: true });
			waiting.postMessage(OFFLINE_MESSAGE.takeOver);
		});
	// Without a controller this is the first version kept: nothing to announce.
	if (registration.waiting && workers.controller) announce(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed' && workers.controller) announce(installing);
		});
	});
}
