import { expect } from '@open-wc/testing';
import { describeValue, makeProblem, PROBLEM_CODES } from '../src/problems.js';
import type { ProblemEffect } from '../src/problems.js';
import { fieldLabel } from '../src/parse/field-labels.js';

describe('problem messages', () => {
  it('exist in French and English for every code, as full sentences', () => {
    for (const code of PROBLEM_CODES) {
      for (const severity of ['error', 'warning'] as const) {
        const problem = makeProblem(code, 'events[3].start', severity, { value: 'x', limit: 2, expected: 'date' });
        expect(problem).to.include({ code, severity, path: 'events[3].start' });
        for (const text of [problem.message.fr, problem.message.en]) {
          expect(text, code).to.match(/^[A-ZÀ-Ý«"]/u);
          expect(text, code).to.match(/\.$/);
          expect(text, code).to.not.match(/undefined|null|NaN|\{|\}\s*$/);
        }
        expect(problem.message.fr, code).to.not.equal(problem.message.en);
      }
    }
  });

  it('name fields in plain words, with the expected form', () => {
    const problem = makeProblem('invalid-field', 'events[3].start', 'error', { value: '14/03/2027', expected: 'date' });
    expect(problem.message).to.deep.equal({
      fr: "La date de début n’est pas valide : « 14/03/2027 » (attendu : une date comme 2027-03-14T14:00 ou 2027-03-14). Cet élément est ignoré.",
      en: 'The start date is not valid: "14/03/2027" (expected: a date such as 2027-03-14T14:00 or 2027-03-14). This record is skipped.',
    });
  });

  it('say what happens to the record or the value', () => {
    const effects: [ProblemEffect, string][] = [
      ['skip-record', 'Cet élément est ignoré.'],
      ['drop-value', 'Cette valeur est ignorée.'],
      ['drop-part', 'Le bloc { … } qui contient cette valeur est ignoré.'],
      ['replace', 'La valeur « 5 » est utilisée à la place.'],
      ['as-other', 'Elle est comptée comme « other » (autre).'],
    ];
    for (const [effect, sentence] of effects) {
      const problem = makeProblem('out-of-range', 'missions[0].spots.filled', 'warning', { value: 9, effect, replacement: 5 });
      expect(problem.message.fr.endsWith(sentence), effect).to.equal(true);
    }
    expect(makeProblem('missing-field', 'title', 'error', { effect: 'none' }).message.fr).to.equal('Le titre manque.');
    expect(makeProblem('missing-field', 'events[0].title', 'error').message.fr).to.equal('Le titre manque. Cet élément est ignoré.');
    expect(makeProblem('missing-field', 'events[0].summary', 'warning').message.en).to.equal(
      'The summary is missing. This value is ignored.',
    );
  });

  it('find the field a path points at', () => {
    expect(fieldLabel('events[3].start').fr).to.equal('la date de début');
    expect(fieldLabel('cooperations[0].partners[2].organizationId').en).to.equal('the organization');
    expect(fieldLabel('events[0].organizers[1]').fr).to.equal('un élément de la liste des organisateurs');
    expect(fieldLabel('events[4]').en).to.equal('an entry of the list of events');
    expect(fieldLabel('timezone').fr).to.equal('le fuseau horaire');
    expect(fieldLabel('').fr).to.equal('le flux');
    expect(fieldLabel('events[0].couleur').fr).to.equal('le champ « couleur »');
    expect(fieldLabel('events[0].constructor').en).to.equal('the field "constructor"');
  });

  it('show values shortened, on one line, without serialising objects', () => {
    expect(describeValue('a\nb\u0000c')).to.equal('a b c');
    expect(describeValue('x'.repeat(100))).to.have.length(60);
    expect(describeValue({ a: 1 })).to.equal('{…}');
    expect(describeValue([1, 2])).to.equal('[…]');
    expect(describeValue(4.5)).to.equal('4.5');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(undefined)).to.equal('');
  });
});
