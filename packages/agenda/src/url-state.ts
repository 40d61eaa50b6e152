/**
 * The agenda's filters in the page URL's hash (`#agenda.sectors=sport,culture&agenda.q=fete+du+jeu`), so a
 * filtered view can be bookmarked and shared. Values read as URLSearchParams reads them; lists are
 * comma-separated. The hash belongs to the page: whatever else it holds (an anchor,
 * another widget's keys) is kept as written. What the hash says is untrusted: anything unexpected is ignored.
 */
import type { Selection } from '@maillage/core';
import { readDate } from './date-ranges.js';

export interface FilterState {
  sectors: string[];
  organizations: string[];
  places: string[];
  /** Inclusive days, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  /** Free-text search. */
  text: string;
  free: boolean;
  coOrganized: boolean;
  accessibility: string[];
  view: string | null;
}

/** No filter: what is never written to the hash. */
export function defaultFilterState(): FilterState {
  return {
    sectors: [],
    organizations: [],
    places: [],
    from: null,
    to: null,
    text: '',
    free: false,
    coOrganized: false,
    accessibility: [],
    view: null,
  };
}

type ListField = 'sectors' | 'organizations' | 'places' | 'accessibility';

/** Hash key (after the prefix) of each field, in the order they are written. */
const KEYS = {
  view: 'view',
  sectors: 'sectors',
  organizations: 'organizations',
  places: 'places',
  accessibility: 'accessibility',
  from: 'from',
  to: 'to',
  text: 'q',
  free: 'free',
  coOrganized: 'coorganized',
} as const satisfies Record<keyof FilterState, string>;

const LIST_FIELDS: readonly ListField[] = ['sectors', 'organizations', 'places', 'accessibility'];
const MAX_ITEMS = 50;
/** Feed ids are at most 200 characters. */
const MAX_ITEM_LENGTH = 200;
const MAX_TEXT = 200;
const MAX_PIECES = 200;
const VIEW = /^[a-z][a-z0-9-]{0,19}$/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The filters written in a hash under `prefix`; only the fields found there, and valid, are returned. */
export function readFilterState(hash: string, prefix = 'agenda'): Partial<FilterState> {
  const state: Partial<FilterState> = {};
  const names = new Map<string, keyof FilterState>(
    (Object.keys(KEYS) as (keyof FilterState)[]).map((field) => [`${prefix}.${KEYS[field]}`, field]),
  );
  const seen = new Set<keyof FilterState>();
  for (const piece of pieces(hash).slice(0, MAX_PIECES)) {
    const equals = piece.indexOf('=');
    if (equals < 0) continue;
    const field = names.get(decode(piece.slice(0, equals)) ?? '');
    // The first occurrence of a key wins, as with URLSearchParams.get.
    if (field === undefined || seen.has(field)) continue;
    seen.add(field);
    readField(state, field, piece.slice(equals + 1));
  }
  return state;
}

/**
 * The hash with the filters written under `prefix`, replacing any written before and keeping everything else
 * in it as it was; fields at their default are left out. `''` when nothing remains, else starting with `#`.
 */
export function writeFilterState(hash: string, state: FilterState, prefix = 'agenda'): string {
  const own = new Set(Object.values(KEYS).map((key) => `${prefix}.${key}`));
  const kept = pieces(hash).filter((piece) => {
    const equals = piece.indexOf('=');
    return !own.has(decode(equals < 0 ? piece : piece.slice(0, equals)) ?? '');
  });
  const written: string[] = [];
  const put = (field: keyof FilterState, value: string): void => {
    written.push(`${encode(`${prefix}.${KEYS[field]}`)}=${value}`);
  };
  const view = typeof state.view === 'string' && VIEW.test(state.view) ? state.view : null;
  if (view !== null) put('view', view);
  for (const field of LIST_FIELDS) {
    // A comma separates items: an id holding one cannot be written.
    const items = cleanList(Array.isArray(state[field]) ? state[field] : []).filter((item) => !item.includes(','));
    if (items.length > 0) put(field, items.map(encode).join(','));
  }
  for (const field of ['from', 'to'] as const) {
    const date = state[field];
    if (typeof date === 'string' && readDate(date) !== null) put(field, date);
  }
  const text = cleanText(typeof state.text === 'string' ? state.text : '');
  if (text !== '') put('text', encode(text));
  if (state.free === true) put('free', '1');
  if (state.coOrganized === true) put('coOrganized', '1');
  const all = [...kept, ...written];
  return all.length === 0 ? '' : `#${all.join('&')}`;
}

function readField(state: Partial<FilterState>, field: keyof FilterState, raw: string): void {
  switch (field) {
    case 'sectors':
    case 'organizations':
    case 'places':
    case 'accessibility': {
      const items = cleanList((decode(raw) ?? '').split(',', MAX_ITEMS));
      if (items.length > 0) state[field] = items;
      return;
    }
    case 'from':
    case 'to': {
      const date = decode(raw);
      if (date !== null && readDate(date) !== null) state[field] = date;
      return;
    }
    case 'text': {
      const text = cleanText(decode(raw) ?? '');
      if (text !== '') state.text = text;
      return;
    }
    case 'free':
    case 'coOrganized': {
      if (raw === '1' || raw === 'true') state[field] = true;
      else if (raw === '0' || raw === 'false') state[field] = false;
      return;
    }
    case 'view': {
      const view = decode(raw);
      if (view !== null && VIEW.test(view)) state.view = view;
      return;
    }
  }
}

/** The `&`-separated pieces of a hash, without the `#` and without empty pieces. */
function pieces(hash: string): string[] {
  if (typeof hash !== 'string') return [];
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body.split('&').filter((piece) => piece !== '');
}

/** Ids as ids: trimmed, bounded, without control characters or duplicates. */
function cleanList(items: readonly unknown[]): string[] {
  const result: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const id = item.replace(CONTROLS, '').trim();
    if (id === '' || id.length > MAX_ITEM_LENGTH || result.includes(id)) continue;
    result.push(id);
    if (result.length >= MAX_ITEMS) break;
  }
  return result;
}

function cleanText(text: string): string {
  return [...text.replace(CONTROLS, ' ').trim()].slice(0, MAX_TEXT).join('').trim();
}

// `+` reads as a space, as in forms; `%2B` is a plus.
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

// As URLSearchParams writes, but spaces as `+`, and commas between list items left as they are.
function encode(value: string): string {
  const wellFormed = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return encodeURIComponent(wellFormed).replace(/%20/g, '+');
}

/** The agenda's filters as the address sets them: its own, and the selection shared with the other widgets. */
export interface AddressFilters {
  text?: string;
  free?: boolean;
  coOrganized?: boolean;
  accessibility?: string[];
  view?: string;
  selection: Partial<Selection>;
}

/** A bookmarked or shared address: the filters it holds; those it does not hold are left as they are. */
export function bookmarkedFilters(hash: string): AddressFilters {
  const { sectors, organizations, places, from, to, text, free, coOrganized, accessibility, view } = readFilterState(hash);
  const selection: { -readonly [K in keyof Selection]?: Selection[K] } = {};
  if (sectors !== undefined) selection.sectors = sectors;
  if (organizations !== undefined) selection.organization = organizations[0] ?? null;
  if (places !== undefined) selection.place = places[0] ?? null;
  if (from !== undefined) selection.from = from;
  if (to !== undefined) selection.to = to;
  return { text, free, coOrganized, accessibility, view: view ?? undefined, selection };
}

/** After the back or forward button: the filters the address holds, and the defaults for the others. */
export function historyFilters(hash: string, defaults: { free: boolean; accessibility: string[] }): AddressFilters {
  const state = readFilterState(hash);
  return {
    text: state.text ?? '',
    free: state.free ?? defaults.free,
    coOrganized: state.coOrganized ?? false,
    accessibility: state.accessibility ?? defaults.accessibility,
    selection: {
      sectors: state.sectors ?? [],
      organization: state.organizations?.[0] ?? null,
      place: state.places?.[0] ?? null,
      from: state.from ?? null,
      to: state.to ?? null,
    },
  };
}

/** Writes the filters into the page's address, as a new history entry (`push`) or in place (`replace`). */
export function writeAddress(filters: FilterState, history: 'push' | 'replace'): void {
  const hash = writeFilterState(location.hash, filters);
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  const url = `${location.pathname}${location.search}${hash}`;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
