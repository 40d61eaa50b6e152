/**
 * The module behind `dist/maillage.js`, the file a webmaster's script tag loads. It registers
 * <maillage-feed> at once, and each widget the first time the page has one: a page with an agenda alone
 * never downloads the map, the volunteer call or the showcase. Widgets added later (a CMS block opened, a
 * page built by script) are found as they are inserted; until its code is there, a widget keeps the room
 * that maillage.css gives it and shows the content the webmaster put inside it.
 *
 * `@maillage/maillage/define` registers every element at once instead, for bundlers and tests.
 */
import '@maillage/core/define';

// What most widgets use comes with this file, rather than in small files that each widget would fetch after
// its own (the same bytes, fewer requests and one round trip less).
export { indexFeed, openMissions, pickText, queryOccurrences, expandRecurrence, vocabularyLabel } from '@maillage/feed';
export { dateFormat } from '@maillage/core';

const WIDGETS: Readonly<Record<string, () => Promise<unknown>>> = {
  'maillage-agenda': () => import('@maillage/agenda/define'),
  'maillage-map': () => import('@maillage/map/define'),
  'maillage-volunteers': () => import('@maillage/volunteers/define'),
  'maillage-showcase': () => import('@maillage/showcase/define'),
};
const SELECTOR = Object.keys(WIDGETS).join(',');
const loads = new Map<string, Promise<unknown>>();

function load(tag: string): void {
  if (loads.has(tag) || typeof customElements === 'undefined' || customElements.get(tag)) return;
  loads.set(
    tag,
    WIDGETS[tag]!().catch((error: unknown) => {
      // Offline or blocked: the element shows its fallback content; the next widget inserted tries again.
      loads.delete(tag);
      console.warn(`[maillage] could not load <${tag}>`, error);
    }),
  );
}

/** Loads the widgets used in `root` (and `root` itself, when it is one). */
export function discover(root: ParentNode): void {
  if (root instanceof Element && Object.prototype.hasOwnProperty.call(WIDGETS, root.localName)) load(root.localName);
  root.querySelectorAll(SELECTOR).forEach((element) => load(element.localName));
}

if (typeof document !== 'undefined') {
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1) discover(node as Element);
      });
    }
    // Every widget registered: nothing left to watch for (a load that failed is tried again on the next insert).
    if (Object.keys(WIDGETS).every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
