import { render, type TemplateResult } from 'lit';
import type { FeedJson } from './feed-json.js';

let feeds = 0;

/** An id for a `<maillage-feed>`, unique in the page: a docs page draws several stories side by side. */
export function uniqueFeedId(name: string): string {
  return `${name}-${++feeds}`;
}

/**
 * `<maillage-feed>` with the feed written inside it, as a webmaster who cannot host a file would paste it,
 * and `content` (the widgets) after it. The script element is built with the DOM: its text is never parsed
 * as HTML, so a feed holding `</script>` or markup cannot break out of it.
 */
export function inlineFeed(feed: FeedJson, content: TemplateResult, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement('maillage-feed');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(feed, null, 2);
  element.append(script);
  render(content, element);
  return element;
}
