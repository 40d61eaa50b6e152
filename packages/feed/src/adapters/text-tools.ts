/** Small text helpers shared by the adapters: HTML to plain text, ids from names, multilingual texts. */
import { foldForSearch } from '../text.js';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euro: '€',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
};

/** Decodes the character references of an HTML or XML text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of a description written in HTML (OpenAgenda, Mobilizon, JSON-LD pages): paragraphs and line
 * breaks become new lines, every tag is dropped, entities decoded. The feed holds text, never markup.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '• ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A readable id from a name: `Salle des fêtes` → `salle-des-fetes`. */
export function slug(text: string, fallback = 'x'): string {
  const base = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return base === '' ? fallback : base;
}

/**
 * A text of the feed from a value of the source: a string, or an object of language codes to strings (keys
 * that are not language codes are dropped); one language alone becomes a plain string.
 */
export function localizedText(value: unknown, html = false): string | Record<string, string> | undefined {
  const clean = (text: string): string => (html ? htmlToText(text) : text.trim());
  if (typeof value === 'string') {
    const text = clean(value);
    return text === '' ? undefined : text;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const texts: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value)) {
    if (typeof text !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) continue;
    const cleaned = clean(text);
    if (cleaned !== '') texts[lang] = cleaned;
  }
  const langs = Object.keys(texts);
  if (langs.length === 0) return undefined;
  return langs.length === 1 ? texts[langs[0]!] : texts;
}

/** Gives each record an id unique in its list: `fete`, then `fete-2`, `fete-3`... */
export class IdPool {
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    const base = wanted.slice(0, 190) || 'x';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
