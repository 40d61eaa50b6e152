import type { fr } from './fr.js';

type Plural = { readonly zero?: string; readonly one: string; readonly other: string };
type Widen<T> = T extends string ? string : T extends object ? Plural : never;

/** The shape every language's catalogue has: the same keys as French. */
export type Messages = { readonly [K in keyof typeof fr]: Widen<(typeof fr)[K]> };
export type MessageKey = keyof Messages;
