import { queryOccurrences, pickText, type Feed } from '@maillage/feed';
import { MaillageWidget, renderStatus, idList } from '@maillage/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * The inter-association agenda. This first version lists the upcoming events of the feed, narrowed by the
 * shared selection (place, organization, sectors, dates).
 *
 * @summary The agenda of the associations' events.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart list - The list of events.
 * @csspart event - One event.
 * @cssproperty --maillage-accent - The accent colour.
 */
export class MaillageAgendaElement extends MaillageWidget {
  static override styles = [
    ...MaillageWidget.styles,
    css`
      [part='event'] {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--_border);
      }
      time {
        display: block;
        color: var(--_muted);
        font-size: 0.9em;
      }
    `,
  ];

  /** Show events from this ISO date (default: now). */
  @property() from = '';

  protected get label(): string {
    return this.t('agenda.label');
  }

  protected renderFeed(feed: Feed) {
    const selection = this.selection;
    const from = Date.parse(selection?.from ?? this.from) || Date.now();
    const to = selection?.to ? Date.parse(selection.to) + 86_400_000 : undefined;
    const occurrences = queryOccurrences(feed, {
      from,
      to,
      sectors: selection?.sectors.length ? selection.sectors : idList(this.sectors),
      organizations: selection?.organization ? [selection.organization] : idList(this.organizations),
      places: selection?.place ? [selection.place] : idList(this.places),
      limit: this.limit > 0 ? this.limit : undefined,
    });
    const lang = this.language;
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone: feed.timezone });
    if (!occurrences.length) return renderStatus({ kind: 'empty', filtered: false }, lang);
    return html`<p class="visually-hidden" role="status">${this.t('agenda.count', { count: occurrences.length })}</p>
      <ul part="list" role="list">
        ${occurrences.map(
          (o) => html`<li part="event">
            <time datetime=${new Date(o.start).toISOString()}>${format.format(o.start)}</time>
            <span class="title">${pickText(o.event.title, lang, feed.language)}</span>
          </li>`,
        )}
      </ul>`;
  }
}
