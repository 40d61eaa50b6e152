import type { Message } from '@maillage/core';
import { en } from './en.js';
import { fr } from './fr.js';

export type MapMessageKey = keyof typeof fr;
export type MapMessages = { readonly [K in MapMessageKey]: (typeof fr)[K] extends string ? string : Exclude<Message, string> };

export const mapMessages = { fr, en };
