import { expect } from '@open-wc/testing';
import { elementLanguage, supportedLanguage, translate } from '@maillage/core';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';

describe('translations', () => {
  it('has every French key in English, and no other', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).sort());
  });

  it('chooses fr or en from a language tag, French by default', () => {
    expect(supportedLanguage('en-GB')).to.equal('en');
    expect(supportedLanguage('FR')).to.equal('fr');
    expect(supportedLanguage('de')).to.equal('fr');
    expect(supportedLanguage('')).to.equal('fr');
    expect(supportedLanguage(undefined)).to.equal('fr');
  });

  it('interpolates and chooses plural forms by language', () => {
    expect(translate('fr', 'volunteers.count', { count: 0 })).to.equal('Aucune mission');
    expect(translate('fr', 'volunteers.count', { count: 1 })).to.equal('1 mission');
    expect(translate('fr', 'volunteers.count', { count: 2 })).to.equal('2 missions');
    expect(translate('en', 'volunteers.count', { count: 1 })).to.equal('1 mission');
    expect(translate('en', 'volunteers.count', { count: 1234 })).to.equal('1,234 missions');
    expect(translate('fr', 'state.feed-not-found', { id: 'x' })).to.contain('« x »');
  });

  it("reads the element's lang, then the page's, then French", () => {
    const element = document.createElement('div');
    const pageLang = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.removeAttribute('lang');
      expect(elementLanguage(element)).to.equal('fr');
      document.documentElement.setAttribute('lang', 'en-US');
      expect(elementLanguage(element)).to.equal('en-US');
      element.setAttribute('lang', 'fr');
      expect(elementLanguage(element)).to.equal('fr');
    } finally {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', pageLang);
    }
  });
});
