/** Server-side data: the validated default dataset and the prebuilt basemap, loaded once. */
import { defaultDataset } from '$lib/data/default/index';
import type { Basemap } from '$lib/map/basemap';
import basemapJson from '$lib/map/basemap.json';
import { viewContext as contextOf } from '$lib/model/view';

export const dataset = defaultDataset();
export const basemap = basemapJson as Basemap;
export const viewContext = contextOf(dataset);
