import { pickText, type Feed } from '@maillage/feed';
import { MaillageWidget, renderStatus } from '@maillage/core';
import { css, html } from 'lit';

/**
 * The cross-event map. This first version is its accessible list of places: choosing a place selects it
 * for the other widgets on the same feed.
 *
 * @summary Where the associations' events and missions happen.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart list - The list of places.
 * @csspart place - One place.
 */
export class MaillageMapElement extends MaillageWidget {
  static override styles = [
    ...MaillageWidget.styles,
    css`
      [part='place'] button {
        background: none;
        border: 1px solid transparent;
        border-radius: var(--_radius);
        padding: 0.3rem 0.5rem;
        text-align: start;
        width: 100%;
      }
      [part='place'] button[aria-pressed='true'] {
        border-color: var(--_accent);
        font-weight: 600;
      }
    `,
  ];

  protected get label(): string {
    return this.t('map.label');
  }

  #toggle(id: string): void {
    const current = this.selection?.place ?? null;
    const place = current === id ? null : id;
    this.hub?.select({ place }, this.instanceId);
    if (place) this.emit('maillage-select', { kind: 'place', id: place });
  }

  protected renderFeed(feed: Feed) {
    const lang = this.language;
    const places = this.limit > 0 ? feed.places.slice(0, this.limit) : feed.places;
    if (!places.length) return renderStatus({ kind: 'empty', filtered: false }, lang);
    const selected = this.selection?.place ?? null;
    return html`<ul part="list" role="list">
      ${places.map(
        (place) => html`<li part="place">
          <button type="button" aria-pressed=${selected === place.id ? 'true' : 'false'} @click=${() => this.#toggle(place.id)}>
            ${pickText(place.name, lang, feed.language)}${place.address?.locality ? html`, ${place.address.locality}` : ''}
          </button>
        </li>`,
      )}
    </ul>`;
  }
}
