/**
 * Intl objects shared by the widgets: building one is slow and cards use them by the dozen, so each is kept
 * per language and options. A language tag the browser refuses (a typo in a page's `lang`) gives French.
 */
const kept = new Map<string, Intl.DateTimeFormat | Intl.Collator | Intl.NumberFormat>();

function keep<T extends Intl.DateTimeFormat | Intl.Collator | Intl.NumberFormat>(key: string, make: (lang: string) => T, lang: string): T {
  let found = kept.get(key) as T | undefined;
  if (!found) {
    try {
      found = make(lang);
    } catch {
      found = make('fr');
    }
    if (kept.size > 500) kept.clear();
    kept.set(key, found);
  }
  return found;
}

export function dateFormat(lang: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return keep(`d|${lang}|${timeZone}|${JSON.stringify(options)}`, (tag) => new Intl.DateTimeFormat(tag, { ...options, timeZone }), lang);
}

export function collator(lang: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return keep(`c|${lang}|${JSON.stringify(options)}`, (tag) => new Intl.Collator(tag, options), lang);
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return keep(`n|${lang}|${JSON.stringify(options)}`, (tag) => new Intl.NumberFormat(tag, options), lang);
}
