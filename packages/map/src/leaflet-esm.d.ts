// Leaflet 1.9 ships an ES module build without types of its own: it has the same exports as the `leaflet`
// package that @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
