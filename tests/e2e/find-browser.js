// Finds a Chromium for the browser tests, installing one when that is possible, or says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
];

async function playwrightsOwn() {
	const { chromium } = await import('playwright-core');
	const path = chromium.executablePath();
	return path && existsSync(path) ? path : null;
}

/** CHROME_PATH or an installed Chrome/Chromium, without installing anything; undefined if none. */
export function installedBrowser() {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
	}
	return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

async function found() {
	return installedBrowser() ?? (await playwrightsOwn());
}

const isDebianRoot = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

function tryInstall() {
	console.log('No Chromium found; trying Playwright’s installer…');
	const viaPlaywright = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
	if (viaPlaywright.status === 0) return;
	if (isDebianRoot()) {
		console.log('Playwright’s download failed; installing Debian’s chromium package…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	}
}

/** The path of a Chromium to drive, or exits with one line saying what to install. */
export async function findBrowser() {
	let path = await found();
	if (!path) {
		tryInstall();
		path = await found();
	}
	if (!path) {
		const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8').match(/^ID=(.*)$/m)?.[1] : process.platform;
		console.error(`No Chromium or Chrome found (${os}): install Chromium or Google Chrome, or set CHROME_PATH to one, then run npm test again.`);
		process.exit(1);
	}
	return path;
}
