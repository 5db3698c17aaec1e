/** Hands a file to the browser's download mechanism; nothing is uploaded anywhere. */
export function downloadFile(name: string, contents: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([contents], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
