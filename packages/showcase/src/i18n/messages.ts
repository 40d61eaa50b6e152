import type { Message } from '@maillage/core';
import type { fr } from './fr.js';

export type ShowcaseMessageKey = keyof typeof fr;
export type ShowcaseMessages = { readonly [K in ShowcaseMessageKey]: (typeof fr)[K] extends string ? string : Exclude<Message, string> };
