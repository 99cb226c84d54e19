import { defineConfig } from '@playwright/test';
import { installedBrowser } from './find-browser.js';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	outputDir: 'results/artifacts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	// A ceiling, not a speed test: a full-HD first view drawn in software takes ~7 s here alone, more beside another worker.
	expect: { timeout: 30_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}/`,
		viewport: { width: 1366, height: 800 },
		// The app speaks the browser's language when the address names none: the tests' browser speaks English.
		locale: 'en-US',
		// The app keeps itself for offline use with a service worker, which would answer requests the
		// tests route or time; only offline.spec.ts lets it run.
		serviceWorkers: 'block',
		launchOptions: {
			// `npm test` sets CHROME_PATH; running Playwright directly finds an installed browser itself.
			executablePath: installedBrowser(),
			// Flags that keep Chromium from calling home; with them nothing leaves the machine.
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		cwd: '../..',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
