import type { Catalogues, Message } from '@maillage/core';

/** The words of the network, in French and English: loaded with it. */
const fr = {
  'network.title': 'Qui coopère avec qui',
  'network.help': 'Choisissez une organisation pour voir ses coopérations.',
  'network.table': 'Tableau des coopérations',
  'network.organization': 'Organisation',
  'network.partners': 'Partenaires',
  'network.cooperations': 'Coopérations',
  'network.choose': 'Voir les coopérations de {name}',
  'network.showing': 'Coopérations de {name}',
  'network.all': 'Toutes les organisations',
} satisfies Record<string, Message>;

const en: Record<keyof typeof fr, Message> = {
  'network.title': 'Who cooperates with whom',
  'network.help': 'Choose an organization to see its cooperations.',
  'network.table': 'Table of cooperations',
  'network.organization': 'Organization',
  'network.partners': 'Partners',
  'network.cooperations': 'Cooperations',
  'network.choose': 'See the cooperations of {name}',
  'network.showing': 'Cooperations of {name}',
  'network.all': 'All organizations',
};

export const networkMessages: Catalogues<keyof typeof fr> = { fr, en };
