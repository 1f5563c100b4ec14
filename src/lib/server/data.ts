/** Server-side data: the validated default dataset and the prebuilt basemap, loaded once. */
import { defaultDataset } from '$lib/data/default/index';
import type { Basemap } from '$lib/map/build';
import basemapJson from '$lib/map/basemap.json';
import type { ViewContext } from '$lib/view/state';

export const dataset = defaultDataset();
export const basemap = basemapJson as Basemap;
export const viewContext: ViewContext = { years: dataset.meta.years, actorIds: dataset.actors.map((a) => a.id) };
