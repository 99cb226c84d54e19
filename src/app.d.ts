// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The data folder's files and a hash of their content, for the offline worker (see vite.config.ts). */
	const __OFFLINE_DATA__: { files: string[]; version: string };
	/** Whether this is the single-file build, which opens from file:// (see svelte.config.js). */
	const __SINGLE_FILE__: boolean;
}

export {};
