import { expect } from '@open-wc/testing';
import { linkFor, safeEmail, safePhone, safeUrl } from '../src/url.js';

describe('safeUrl', () => {
  it('keeps absolute http and https URLs, normalised', () => {
    expect(safeUrl('https://exemple.fr/agenda?x=1#top')).to.equal('https://exemple.fr/agenda?x=1#top');
    expect(safeUrl('  http://EXEMPLE.fr  ')).to.equal('http://exemple.fr/');
    expect(safeUrl('https://mairie-évian.fr/')).to.match(/^https:\/\/xn--mairie-vian-[a-z0-9]+\.fr\/$/);
  });

  it('refuses script and data schemes however they are disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      ' \u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://exemple.fr/',
    ];
    for (const value of hostile) expect(safeUrl(value), JSON.stringify(value)).to.equal(null);
  });

  it('refuses relative, schemeless and malformed URLs', () => {
    for (const value of ['/agenda', 'agenda.html', '//exemple.fr/x', 'www.exemple.fr', 'https://', 'http:// x', '']) {
      expect(safeUrl(value), value).to.equal(null);
    }
  });

  it('refuses URLs with credentials, which disguise their real host', () => {
    expect(safeUrl('https://www.mairie.fr@evil.example/')).to.equal(null);
    expect(safeUrl('https://user:secret@exemple.fr/')).to.equal(null);
  });

  it('refuses non-strings and overlong URLs', () => {
    for (const value of [null, undefined, 42, {}, ['https://exemple.fr/'], true]) expect(safeUrl(value)).to.equal(null);
    expect(safeUrl(`https://exemple.fr/${'a'.repeat(3000)}`)).to.equal(null);
  });

  it('accepts mailto: and tel: only when asked', () => {
    expect(safeUrl('mailto:a@exemple.fr')).to.equal(null);
    expect(safeUrl('mailto:a@exemple.fr', ['mailto:'])).to.equal('mailto:a@exemple.fr');
    expect(safeUrl('tel:+33549000000', ['tel:'])).to.equal('tel:+33549000000');
    expect(safeUrl('https://exemple.fr/', ['tel:'])).to.equal(null);
  });
});

describe('safeEmail', () => {
  it('keeps plain addresses and removes a mailto: prefix', () => {
    expect(safeEmail(' contact@exemple.fr ')).to.equal('contact@exemple.fr');
    expect(safeEmail('MAILTO:contact@exemple.fr')).to.equal('contact@exemple.fr');
    expect(safeEmail("o'neil+agenda@mairie-évian.fr")).to.equal("o'neil+agenda@mairie-évian.fr");
  });

  it('refuses what is not an address', () => {
    const bad = ['contact', 'contact@', '@exemple.fr', 'a b@exemple.fr', 'a@exemple', 'a@@exemple.fr', 'a@exemple..fr',
      'a@exemple.fr>', '"a"@exemple.fr', 'a@exe\nmple.fr', `${'a'.repeat(250)}@exemple.fr`, 42, null];
    for (const value of bad) expect(safeEmail(value), String(value)).to.equal(null);
  });
});

describe('safePhone', () => {
  it('keeps numbers as written, no-break spaces turned into spaces', () => {
    expect(safePhone('05 49 12 34 56')).to.equal('05 49 12 34 56');
    expect(safePhone('+33 (0)5.49.12.34.56')).to.equal('+33 (0)5.49.12.34.56');
    expect(safePhone('05\u00a049\u202f12 34 56')).to.equal('05 49 12 34 56');
  });

  it('refuses letters, too few digits and overlong values', () => {
    for (const value of ['05 49 12 34 5x', 'tel:0549', '+-', '12', '1'.repeat(31), '<script>', 549123456]) {
      expect(safePhone(value), String(value)).to.equal(null);
    }
  });
});

describe('linkFor', () => {
  it('gives safe hrefs for each kind of contact', () => {
    expect(linkFor('url', 'https://exemple.fr/a')).to.equal('https://exemple.fr/a');
    expect(linkFor('url', 'javascript:alert(1)')).to.equal(null);
    expect(linkFor('email', 'mailto:contact@exemple.fr')).to.equal('mailto:contact@exemple.fr');
    expect(linkFor('phone', '+33 (0)5 49 12-34.56')).to.equal('tel:+33549123456');
    expect(linkFor('phone', '05 49 12 34 56')).to.equal('tel:0549123456');
    expect(linkFor('phone', 'abc')).to.equal(null);
  });

  it('encodes e-mail addresses so that they cannot add headers to the message', () => {
    const href = linkFor('email', 'a?cc=victim@exemple.fr');
    expect(href).to.equal('mailto:a%3Fcc%3Dvictim@exemple.fr');
    expect(new URL(href!).search).to.equal('');
  });
});
