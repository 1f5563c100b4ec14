/**
 * The reader's own dataset, kept in this browser's IndexedDB (through idb-keyval) until "Use the
 * default data": never sent anywhere. What comes back is validated again before use, since storage
 * can be edited or come from an older version of the page.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { Dataset } from '$lib/data/types';

const KEY = 'dataset';
let store: ReturnType<typeof createStore> | undefined;
const db = () => (store ??= createStore('alliance-atlas', 'user-data'));

export async function storedDataset(): Promise<unknown> {
	try {
		return await get(KEY, db());
	} catch {
		return undefined;
	}
}

export function storeDataset(dataset: Dataset): Promise<void> {
	return set(KEY, dataset, db());
}

export function forgetDataset(): Promise<void> {
	return del(KEY, db());
}
