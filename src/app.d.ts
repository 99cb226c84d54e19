// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The data folder's files and a hash of their content, for the offline worker (see vite.config.ts). */
	const __OFFLINE_DATA__: { files: string[]; version: string };
}

export {};
