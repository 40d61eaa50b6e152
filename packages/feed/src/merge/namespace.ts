/**
 * A short, readable and stable name for a feed, put before the ids of its records that collide with
 * another feed's: `asso-velo.fr:e1`. It comes from the feed's address (host, then host and file name),
 * so the same feeds give the same ids on every load. `taken` holds the names of the feeds before it.
 */
export function namespaceFor(source: string, taken: Set<string>): string {
  let host = '';
  let stem = '';
  try {
    const base = 'http://relative.invalid/';
    const parsed = new URL(source, base);
    if (parsed.hostname !== 'relative.invalid') host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const file = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
    stem = safeDecode(file).replace(/\..*$/, '');
  } catch {
    stem = source;
  }
  const candidates = [host || stem, host && stem ? `${host}/${stem}` : ''].map(clean).filter(Boolean);
  const last = candidates[candidates.length - 1] ?? 'feed';
  let chosen = candidates.find((candidate) => !taken.has(candidate)) ?? last;
  for (let n = 2; taken.has(chosen); n++) chosen = `${last}~${n}`;
  taken.add(chosen);
  return chosen;
}

// Ids are listed space-separated in attributes and written `namespace:id`: no spaces, no colons here.
const clean = (value: string): string => value.replace(/[\s:]+/g, '-');

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
