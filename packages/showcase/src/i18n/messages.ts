import type { Message } from '@maillage/core';
import { en } from './en.js';
import { fr } from './fr.js';

export type ShowcaseMessageKey = keyof typeof fr;
export type ShowcaseMessages = { readonly [K in ShowcaseMessageKey]: (typeof fr)[K] extends string ? string : Exclude<Message, string> };

export const showcaseMessages = { fr, en };
