import type { Catalogues, Message } from '@maillage/core';

/** The words of the poster, in French and English: loaded with it. */
const fr = {
  'poster.title': 'Agenda des associations',
  'poster.scan': 'QR code : {title}',
} satisfies Record<string, Message>;

const en: Record<keyof typeof fr, Message> = {
  'poster.title': 'Associations’ agenda',
  'poster.scan': 'QR code: {title}',
};

export const posterMessages: Catalogues<keyof typeof fr> = { fr, en };
