import { pickText, type Feed } from '@maillage/feed';
import { MaillageWidget, renderStatus } from '@maillage/core';
import { html } from 'lit';

/**
 * The cooperation showcase. This first version lists the cooperations of the feed.
 *
 * @summary Who works with whom, and what it achieves.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart list - The list of cooperations.
 * @csspart cooperation - One cooperation.
 */
export class MaillageShowcaseElement extends MaillageWidget {
  protected get label(): string {
    return this.t('showcase.label');
  }

  protected renderFeed(feed: Feed) {
    const lang = this.language;
    const organization = this.selection?.organization;
    let cooperations = feed.cooperations.filter(
      (c) => !organization || c.partners.some((p) => p.organizationId === organization),
    );
    if (this.limit > 0) cooperations = cooperations.slice(0, this.limit);
    if (!cooperations.length) return renderStatus({ kind: 'empty', filtered: Boolean(organization) }, lang);
    return html`<ul part="list" role="list">
      ${cooperations.map((c) => html`<li part="cooperation">${pickText(c.title, lang, feed.language)}</li>`)}
    </ul>`;
  }
}
