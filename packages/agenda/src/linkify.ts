/**
 * A description as paragraphs of text and links, for rendering as text nodes and `<a>` elements (never as
 * HTML). Web addresses and e-mail addresses in the text become links only when `linkFor` accepts them, so a
 * `javascript:` or `data:` text always stays text.
 */
import { linkFor } from '@maillage/feed';

export interface TextBlock {
  readonly kind: 'text';
  readonly text: string;
}

export interface LinkBlock {
  readonly kind: 'link';
  /** The address as written in the text. */
  readonly text: string;
  /** A safe `https:`, `http:` or `mailto:` address. */
  readonly href: string;
}

/** A line break inside a paragraph. */
export interface BreakBlock {
  readonly kind: 'break';
}

export type Block = TextBlock | LinkBlock | BreakBlock;

// Longer texts are cut: feed descriptions are bounded well below this, and this code may see other text.
const MAX_TEXT = 50_000;

/*
 * Candidates, found left to right: an http(s) URL, a `www.` address, or an e-mail address. Addresses stop at
 * spaces (no-break spaces included: French typography puts one before « ; : ! ? »), quotes and angle brackets.
 */
const CANDIDATE =
  /(https?:\/\/[^\s<>"«»]+)|((?<![\p{L}\p{N}.@/_-])www\.[^\s<>"«»]+)|((?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/giu;

// Punctuation that ends a sentence rather than an address.
const TRAILING = /[.,;:!?'’»"\]}*_]$/u;

/** Paragraphs (separated by blank lines), each a list of text, links and line breaks. */
export function textToBlocks(text: string): Block[][] {
  if (typeof text !== 'string') return [];
  const normalised = text.slice(0, MAX_TEXT).replace(/\r\n?/g, '\n');
  const paragraphs: Block[][] = [];
  for (const paragraph of normalised.split(/\n[^\S\n]*\n/)) {
    const trimmed = paragraph.trim();
    if (trimmed === '') continue;
    const blocks: Block[] = [];
    trimmed.split('\n').forEach((line, index) => {
      if (index > 0) blocks.push({ kind: 'break' });
      blocks.push(...lineBlocks(line.trimEnd()));
    });
    paragraphs.push(merged(blocks));
  }
  return paragraphs;
}

function lineBlocks(line: string): Block[] {
  const blocks: Block[] = [];
  let last = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(line); match !== null; match = CANDIDATE.exec(line)) {
    const kind = match[1] !== undefined ? 'url' : match[2] !== undefined ? 'www' : 'email';
    const written = trimTrailing(match[0], kind);
    const href = hrefFor(written, kind);
    if (href === null) continue;
    if (match.index > last) blocks.push({ kind: 'text', text: line.slice(last, match.index) });
    blocks.push({ kind: 'link', text: written, href });
    last = match.index + written.length;
    // What was trimmed is read again: it may start another address.
    CANDIDATE.lastIndex = last;
  }
  if (last < line.length) blocks.push({ kind: 'text', text: line.slice(last) });
  return blocks;
}

/** Drops sentence punctuation after an address; a closing bracket only when it has no opening one in it. */
function trimTrailing(candidate: string, kind: 'url' | 'www' | 'email'): string {
  let text = candidate;
  for (;;) {
    if (TRAILING.test(text)) {
      text = text.slice(0, -1);
    } else if (text.endsWith(')') && count(text, '(') < count(text, ')')) {
      text = text.slice(0, -1);
    } else {
      break;
    }
  }
  // An e-mail address cannot end with a dot or a dash.
  return kind === 'email' ? text.replace(/[.-]+$/, '') : text;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function hrefFor(written: string, kind: 'url' | 'www' | 'email'): string | null {
  switch (kind) {
    case 'url':
      // A bare scheme ("voir https://") is not an address.
      return /^https?:\/\/[^/?#]/i.test(written) ? linkFor('url', written) : null;
    case 'www':
      return /^www\.[\p{L}\p{N}-]+\.[\p{L}\p{N}]/iu.test(written) ? linkFor('url', `https://${written}`) : null;
    case 'email':
      return linkFor('email', written);
  }
}

/** Neighbouring text blocks joined (a refused candidate leaves its text next to the text around it). */
function merged(blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const previous = result[result.length - 1];
    if (block.kind === 'text' && previous?.kind === 'text') {
      result[result.length - 1] = { kind: 'text', text: previous.text + block.text };
    } else {
      result.push(block);
    }
  }
  return result;
}
