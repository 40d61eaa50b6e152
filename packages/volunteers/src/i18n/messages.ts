import type { Message } from '@maillage/core';
import { en } from './en.js';
import { fr } from './fr.js';

export type VolunteersMessageKey = keyof typeof fr;
export type VolunteersMessages = {
  readonly [K in VolunteersMessageKey]: (typeof fr)[K] extends string ? string : Exclude<Message, string>;
};

export const volunteersMessages = { fr, en };
