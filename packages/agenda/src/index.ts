export * from './maillage-agenda.js';
