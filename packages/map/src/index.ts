export * from './maillage-map.js';
