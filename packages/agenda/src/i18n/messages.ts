import type { Message } from '@maillage/core';
import type { fr } from './fr.js';

export type AgendaMessageKey = keyof typeof fr;
export type AgendaMessages = { readonly [K in AgendaMessageKey]: (typeof fr)[K] extends string ? string : Exclude<Message, string> };
