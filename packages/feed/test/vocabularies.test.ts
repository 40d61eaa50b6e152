import { expect } from '@open-wc/testing';
import { isKnownValue, loadEnglishLabels, VOCABULARIES, vocabularyLabel } from '../src/vocabularies.js';
import { VOCABULARY_LABELS } from '../src/vocabulary-labels.js';
import type { VocabularyName } from '../src/vocabularies.js';

const NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

describe('vocabularies', () => {
  it('label every id of every vocabulary in French and English, and nothing else', () => {
    expect(NAMES).to.have.length(10);
    for (const name of NAMES) {
      const labels = VOCABULARY_LABELS[name];
      expect(Object.keys(labels).sort(), name).to.deep.equal([...VOCABULARIES[name]].sort());
      for (const id of VOCABULARIES[name]) {
        expect(labels[id]!.fr.trim(), `${name}.${id}.fr`).to.not.equal('');
        expect(labels[id]!.en.trim(), `${name}.${id}.en`).to.not.equal('');
      }
    }
  });

  it('speak French until the English labels are loaded, then English, loading them once', async () => {
    expect(vocabularyLabel('sectors', 'solidarite', 'en')).to.equal('Solidarité');
    const loading = loadEnglishLabels();
    expect(loading).to.be.instanceOf(Promise);
    expect(loadEnglishLabels()).to.equal(loading);
    await loading;
    expect(loadEnglishLabels()).to.equal(null);
    expect(vocabularyLabel('sectors', 'solidarite', 'en')).to.equal('Solidarity');
  });

  it('pick English for en and its regional variants, French otherwise', async () => {
    await loadEnglishLabels();
    expect(vocabularyLabel('sectors', 'solidarite', 'fr')).to.equal('Solidarité');
    expect(vocabularyLabel('sectors', 'solidarite', 'en')).to.equal('Solidarity');
    expect(vocabularyLabel('sectors', 'solidarite', 'en-GB')).to.equal('Solidarity');
    expect(vocabularyLabel('sectors', 'solidarite', 'EN')).to.equal('Solidarity');
    expect(vocabularyLabel('sectors', 'solidarite', 'eng')).to.equal('Solidarité');
    expect(vocabularyLabel('sectors', 'solidarite', 'de')).to.equal('Solidarité');
    expect(vocabularyLabel('sectors', 'solidarite', '')).to.equal('Solidarité');
    expect(vocabularyLabel('eventStatuses', 'cancelled', 'fr')).to.equal('Annulé');
    expect(vocabularyLabel('organizationTypes', 'tiers-lieu', 'en')).to.equal('Community space');
  });

  it('show an unknown id as written, even one named like an Object property', async () => {
    await loadEnglishLabels();
    expect(vocabularyLabel('sectors', 'apiculture', 'fr')).to.equal('apiculture');
    expect(vocabularyLabel('sectors', 'constructor', 'fr')).to.equal('constructor');
    expect(vocabularyLabel('accessibility', '__proto__', 'en')).to.equal('__proto__');
    expect(vocabularyLabel('sectors', 'toString', 'en')).to.equal('toString');
    expect(isKnownValue('sectors', 'hasOwnProperty')).to.equal(false);
    expect(isKnownValue('sectors', 'sport')).to.equal(true);
    expect(isKnownValue('sectors', 'Sport')).to.equal(false);
  });
});
