import type { VocabularyLabels } from './vocabularies.js';

// English labels are loaded the first time something speaks English (loadEnglishLabels); this module is
// kept apart from the French labels so that a widget's base can ask for them without bringing those.
let english: VocabularyLabels | undefined;
let loading: Promise<void> | undefined;
let settled = false;

/** The English labels, once loaded. */
export function englishLabels(): VocabularyLabels | undefined {
  return english;
}

/** Makes the English labels available at once (tools that have imported them). */
export function useEnglishLabels(labels: VocabularyLabels): void {
  english = labels;
  settled = true;
}

/**
 * Loads the English labels, once: null when that is done, else a promise kept until it is (if they cannot be
 * loaded, labels stay French rather than missing).
 */
export function loadEnglishLabels(): Promise<void> | null {
  if (settled) return null;
  return (loading ??= import('./vocabularies-en.js').then(
    (module) => useEnglishLabels(module.ENGLISH_LABELS),
    () => void (settled = true),
  ));
}
