// `npm run test:e2e`: finds a browser, builds the app, and runs the Playwright tests against the build.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.js';

/** @param {string} command @param {string[]} args */
const run = (command, args, env = process.env) => {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
};

const chrome = await findBrowser();
console.log(`Browser tests use ${chrome}`);
// The single-file build, for its own spec: run with no spec named, or with that one. First, since
// both builds work in .svelte-kit/, whose output the preview server then serves.
const specs = process.argv.slice(2).filter((arg) => arg.endsWith('.ts'));
if (!specs.length || specs.some((spec) => spec.includes('single-file'))) run('node', ['scripts/build-single.js']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], { ...process.env, CHROME_PATH: chrome });
// The single file in Firefox too (skipped, saying so, where there is no Firefox): with the whole suite only.
if (!specs.length) run('node', ['tests/firefox/single-file.js']);
