/// <reference lib="webworker" />
/** Validates the files a reader loads, off the page's thread: progress messages, then the result. */
import { loadUpload, type UploadFile } from '$lib/upload/upload';

self.onmessage = (e: MessageEvent<{ files: UploadFile[] }>) => {
	const result = loadUpload(e.data.files, (step) => self.postMessage({ type: 'progress', step }));
	self.postMessage({ type: 'result', result });
};
