/**
 * The iframe mode, for CMSs that strip scripts: `embed.html?widget=agenda&src=URL&view=month&lang=en`
 * draws one widget, then tells the parent page its height so the frame fits without a scroll bar.
 *
 * Only known widgets and attributes are read from the address; values are set as attributes (never as
 * markup), and `src` must be an http(s) address. The message carries the height only; the parent page
 * checks that it comes from this frame's origin (see docs/embedding.md).
 */
import './define.js';

export const EMBED_WIDGETS = ['agenda', 'map', 'volunteers', 'showcase'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

const COMMON = ['src', 'lang', 'sectors', 'organizations', 'places', 'limit'];
const ATTRIBUTES: Readonly<Record<EmbedWidget, readonly string[]>> = {
  agenda: [...COMMON, 'view', 'from', 'to', 'past', 'audience', 'tags', 'free', 'accessibility', 'filters', 'page-size', 'heading-level'],
  map: [...COMMON, 'layers', 'center', 'zoom', 'tiles', 'attribution'],
  volunteers: [...COMMON, 'view', 'skills', 'event'],
  showcase: [...COMMON, 'view', 'status', 'filters', 'heading-level', 'autoplay', 'interval'],
};
const FLAGS = new Set(['past', 'free', 'autoplay']);
/** Colours the configurator offers: set as custom properties on the page, checked as colours. */
const TOKENS = ['accent', 'text', 'surface', 'radius'];

export const HEIGHT_MESSAGE = 'maillage:height';

export interface EmbedPlan {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly tokens: ReadonlyMap<string, string>;
  readonly id: string;
}

function safeFeedUrls(value: string, base: string): string | null {
  const urls: string[] = [];
  for (const part of value.split(/\s+/).filter(Boolean).slice(0, 10)) {
    try {
      const url = new URL(part, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url.href);
    } catch {
      // not an address: left out
    }
  }
  return urls.length ? urls.join(' ') : null;
}

function safeToken(name: string, value: string): string | null {
  if (name === 'radius') return /^\d{1,2}(\.\d+)?(px|rem|em)$/.test(value) ? value : null;
  return /^#[0-9a-f]{3,8}$/i.test(value) ? value : null;
}

/** What the address asks for, keeping only what is allowed; null when the widget is unknown. */
export function readEmbedAddress(search: string, base: string): EmbedPlan | null {
  const params = new URLSearchParams(search);
  const widget = params.get('widget') as EmbedWidget | null;
  if (!widget || !(EMBED_WIDGETS as readonly string[]).includes(widget)) return null;
  const attributes = new Map<string, string>();
  for (const name of ATTRIBUTES[widget]) {
    const value = params.get(name);
    if (value === null) continue;
    if (name === 'src') {
      const src = safeFeedUrls(value, base);
      if (src) attributes.set('src', src);
    } else if (FLAGS.has(name)) {
      if (value !== 'false' && value !== '0') attributes.set(name, '');
    } else {
      attributes.set(name, value.slice(0, 500));
    }
  }
  const tokens = new Map<string, string>();
  for (const name of TOKENS) {
    const value = params.get(name);
    const safe = value === null ? null : safeToken(name, value);
    if (safe) tokens.set(`--maillage-${name}`, safe);
  }
  const id = (params.get('id') ?? '').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 60);
  return { tag: `maillage-${widget}`, attributes, tokens, id };
}

/** Draws the widget into `container` and reports the page's height to the parent on every change. */
export function startEmbed(win: Window = window): HTMLElement | null {
  const doc = win.document;
  const plan = readEmbedAddress(win.location.search, doc.baseURI);
  const container = doc.querySelector('main') ?? doc.body;
  if (!plan) {
    const message = doc.createElement('p');
    message.textContent = 'Widget inconnu : indiquez widget=agenda, map, volunteers ou showcase. Unknown widget.';
    container.append(message);
    return null;
  }
  for (const [name, value] of plan.tokens) doc.documentElement.style.setProperty(name, value);
  const lang = plan.attributes.get('lang');
  if (lang) doc.documentElement.lang = lang;
  const element = doc.createElement(plan.tag);
  for (const [name, value] of plan.attributes) element.setAttribute(name, value);
  container.append(element);
  let last = -1;
  const report = (): void => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last || win.parent === win) return;
    last = height;
    // The height is no secret: any page may embed the widget; the parent checks where it comes from.
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height, id: plan.id }, '*');
  };
  new ResizeObserver(report).observe(doc.documentElement);
  report();
  return element;
}
