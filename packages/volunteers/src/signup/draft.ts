import { EMPTY_VALUES, type SignupValues } from './payload.js';

const PREFIX = 'maillage.volunteers.draft:';

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Sandboxed iframes and some privacy settings throw on the mere access.
    return null;
  }
}

/** The key of a mission's draft: per feed and mission, so two feeds' missions never share one. */
export function draftKey(feedUrl: string, missionId: string): string {
  return `${PREFIX}${feedUrl}#${missionId}`;
}

/**
 * What the volunteer typed for a mission, kept for the browser tab's life (sessionStorage): closing the
 * dialog, reloading the page or a failed send loses nothing; closing the tab forgets it.
 */
export function readDraft(key: string): SignupValues | null {
  try {
    const text = session()?.getItem(key);
    if (!text) return null;
    const data = JSON.parse(text) as Record<string, unknown>;
    const str = (name: keyof SignupValues) => (typeof data[name] === 'string' ? (data[name] as string).slice(0, 5000) : '');
    return {
      name: str('name'),
      email: str('email'),
      phone: str('phone'),
      message: str('message'),
      availability: str('availability'),
      consent: data['consent'] === true,
    };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: SignupValues): void {
  try {
    const empty = (Object.keys(EMPTY_VALUES) as (keyof SignupValues)[]).every((name) => values[name] === EMPTY_VALUES[name]);
    if (empty) session()?.removeItem(key);
    else session()?.setItem(key, JSON.stringify(values));
  } catch {
    // Storage full or refused: the form still works, the draft is just not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    session()?.removeItem(key);
  } catch {
    // nothing kept, nothing to clear
  }
}
