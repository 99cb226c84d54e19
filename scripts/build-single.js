// `npm run build:single`: the whole app as one HTML file, build-single/briefing-map.html, that opens
// by double-click from file:// (a USB stick, an e-mail attachment): scripts, styles, fonts, the
// basemap, the built-in scenario, the symbols and both workers are inside it. See README, "One file".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build-single');

const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, BRIEFING_SINGLE_FILE: '1' } });
if (built.status !== 0) process.exit(built.status ?? 1);

let html = readFileSync(join(out, 'kit/index.html'), 'utf8');
/** Replaces one tag of app.html's (its static files' addresses start "/" or "./"), and stops the build if it is gone. */
const replace = (tag, to) => {
	if (!tag.test(html)) throw new Error(`build:single: src/app.html no longer has ${tag}`);
	html = html.replace(tag, to);
};
const favicon = readFileSync(join(root, 'static/favicon.svg'));
replace(/<link rel="icon" href="\.?\/favicon\.svg"/, `<link rel="icon" href="data:image/svg+xml;base64,${favicon.toString('base64')}"`);
// Installing and the home-screen icon need a web address; from a file they would only fail to load.
replace(/<link rel="manifest" href="\.?\/manifest\.webmanifest" \/>/, '');
replace(/<link rel="apple-touch-icon" href="\.?\/icon-192\.png" \/>/, '');

// Whatever the page still names must be inside it (links to web pages, such as MapLibre's, are not loaded).
const outside = [...html.matchAll(/\s(?:src|href)="(?!data:|#|https?:)([^"]*)"/g)].map((match) => match[1]);
if (outside.length) throw new Error(`build:single: the page still needs other files: ${outside.join(', ')}`);

const file = join(out, 'briefing-map.html');
writeFileSync(file, html);
rmSync(join(out, 'kit'), { recursive: true });
console.log(`Wrote ${file.slice(root.length)} (${(statSync(file).size / 2 ** 20).toFixed(1)} MB)`);
