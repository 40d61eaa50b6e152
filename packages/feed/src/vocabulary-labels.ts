import type { LocalizedMessage } from './types.js';
import { ENGLISH_LABELS } from './vocabularies-en.js';
import { FRENCH_LABELS, VOCABULARIES, type VocabularyName } from './vocabularies.js';

/** A label in both languages of the project. */
export type Label = LocalizedMessage;

function both(name: VocabularyName): Readonly<Record<string, Label>> {
  const labels: Record<string, Label> = {};
  VOCABULARIES[name].forEach((id, index) => {
    labels[id] = { fr: FRENCH_LABELS[name][index]!, en: ENGLISH_LABELS[name][index]! };
  });
  return Object.freeze(labels);
}

/**
 * Every label of every vocabulary in French and English, by id: for tools and documentation. (Tools that call
 * vocabularyLabel() in English at once give it `useEnglishLabels(ENGLISH_LABELS)` first.)
 */
export const VOCABULARY_LABELS: { readonly [V in VocabularyName]: Readonly<Record<string, Label>> } =
  /*#__PURE__*/ allLabels();

function allLabels(): { readonly [V in VocabularyName]: Readonly<Record<string, Label>> } {
  const all: Partial<Record<VocabularyName, Readonly<Record<string, Label>>>> = {};
  for (const name of Object.keys(VOCABULARIES) as VocabularyName[]) all[name] = both(name);
  return Object.freeze(all) as { readonly [V in VocabularyName]: Readonly<Record<string, Label>> };
}

export { ENGLISH_LABELS };
