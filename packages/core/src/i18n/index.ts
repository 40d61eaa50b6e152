export * from './translate.js';
export type { MessageKey, Messages } from './messages.js';
