/** Saves a file the app made (an export, a report, a scenario package) through the browser's download. */
export function download(blob: Blob, name: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	// The browser reads the blob after the click returns: revoking at once can cancel the download.
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
