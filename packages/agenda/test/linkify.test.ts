import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { textToBlocks, type Block } from '../src/linkify.js';

const text = (value: string): Block => ({ kind: 'text', text: value });
const link = (value: string, href: string): Block => ({ kind: 'link', text: value, href });
const BREAK: Block = { kind: 'break' };

const links = (value: string): string[] =>
  textToBlocks(value)
    .flat()
    .flatMap((block) => (block.kind === 'link' ? [block.href] : []));

/** What a reader sees: the text of every block, paragraphs and breaks as line ends. */
const shown = (paragraphs: Block[][]): string =>
  paragraphs
    .map((blocks) => blocks.map((b) => (b.kind === 'break' ? '\n' : b.text)).join(''))
    .join('\n\n');

describe('textToBlocks', () => {
  it('splits paragraphs on blank lines and keeps line breaks', () => {
    expect(textToBlocks('Première ligne\r\ndeuxième ligne\n \n\n\nSecond paragraphe\n')).to.deep.equal([
      [text('Première ligne'), BREAK, text('deuxième ligne')],
      [text('Second paragraphe')],
    ]);
    expect(textToBlocks('')).to.deep.equal([]);
    expect(textToBlocks('  \n\n ')).to.deep.equal([]);
  });

  it('links web addresses, www. addresses and e-mail addresses', () => {
    expect(textToBlocks('Inscriptions sur https://club.example/inscription?x=1&y=2 ou à contact@club.example')).to.deep.equal([
      [
        text('Inscriptions sur '),
        link('https://club.example/inscription?x=1&y=2', 'https://club.example/inscription?x=1&y=2'),
        text(' ou à '),
        link('contact@club.example', 'mailto:contact@club.example'),
      ],
    ]);
    expect(textToBlocks('Voir www.ville.example/agenda')).to.deep.equal([
      [text('Voir '), link('www.ville.example/agenda', 'https://www.ville.example/agenda')],
    ]);
    expect(links('HTTP://Club.Example/A')).to.deep.equal(['http://club.example/A']);
  });

  it('leaves sentence punctuation and French quotes out of links', () => {
    expect(textToBlocks('Le site : https://club.example/page.')).to.deep.equal([
      [text('Le site : '), link('https://club.example/page', 'https://club.example/page'), text('.')],
    ]);
    expect(links('(voir https://club.example/a), puis https://club.example/b; et www.club.example !')).to.deep.equal([
      'https://club.example/a',
      'https://club.example/b',
      'https://www.club.example/',
    ]);
    expect(links('Écrivez-nous ? contact@club.example?')).to.deep.equal(['mailto:contact@club.example']);
    expect(textToBlocks('« https://club.example/fete »')).to.deep.equal([
      [text('« '), link('https://club.example/fete', 'https://club.example/fete'), text(' »')],
    ]);
    expect(textToBlocks('«https://club.example/fete»')).to.deep.equal([
      [text('«'), link('https://club.example/fete', 'https://club.example/fete'), text('»')],
    ]);
    // A closing bracket that belongs to the address stays.
    expect(links('https://fr.wikipedia.org/wiki/Loto_(jeu).')).to.deep.equal(['https://fr.wikipedia.org/wiki/Loto_(jeu)']);
  });

  it('never makes a link of a script or data address, whatever its case', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)',
      ' java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'https://javascript:alert(1)',
      'https://user:pass@club.example/',
      'https://',
      'www.',
    ]) {
      expect(links(hostile), hostile).to.deep.equal([]);
      expect(shown(textToBlocks(hostile)), hostile).to.equal(hostile.trim());
    }
  });

  it('keeps markup as text', () => {
    const hostile = '<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">clic</a>';
    expect(textToBlocks(hostile)).to.deep.equal([[text(hostile)]]);
    // An address next to markup stops before it.
    expect(links('<a href="https://club.example/x">')).to.deep.equal(['https://club.example/x']);
  });

  it('keeps every character of the text, in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('https://a.example/b', 'www.c.example', 'x@y.example', 'javascript:', ' ', '.', ')', '«', '»', 'é', '\n', 'mot', '('),
          { maxLength: 30 },
        ),
        (parts) => {
          const input = parts.join('');
          const paragraphs = textToBlocks(input);
          const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
          expect(collapse(shown(paragraphs))).to.equal(collapse(input));
          for (const block of paragraphs.flat()) {
            if (block.kind === 'link') expect(block.href).to.match(/^(https?|mailto):/);
          }
        },
      ),
    );
  });
});
