/** Browser-only helpers for exports: save a Blob under a name, and rasterise SVG text to PNG. */

export function saveBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke after the click has been handled, or some browsers cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draw SVG text into a canvas at `scale` × its own width and height (the root's attributes), and return it as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(img.naturalWidth * scale);
		canvas.height = Math.round(img.naturalHeight * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
