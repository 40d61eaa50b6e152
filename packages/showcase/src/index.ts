export * from './maillage-showcase.js';
