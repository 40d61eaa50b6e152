export * from './maillage-map.js';
export { MAP_LAYERS, parseLayers, placesWithoutPosition, summarizePlaces, usablePosition, layerCounts } from './places.js';
export type { MapLayer, PlaceQuery, PlaceSummary, Position } from './places.js';
export type { MapStatus, MapViewModule } from './maillage-map.component.js';
