export * from './maillage-volunteers.js';
