import { openMissions, pickText, type Feed } from '@maillage/feed';
import { MaillageWidget, renderStatus } from '@maillage/core';
import { html } from 'lit';

/**
 * The volunteer call. This first version lists the open missions, the most urgent first, narrowed by the
 * shared selection's place and organization.
 *
 * @summary The associations' calls for volunteers.
 * @csspart base - The widget's region.
 * @csspart status - Loading, error, stale and empty messages.
 * @csspart list - The list of missions.
 * @csspart mission - One mission.
 */
export class MaillageVolunteersElement extends MaillageWidget {
  protected get label(): string {
    return this.t('volunteers.label');
  }

  protected renderFeed(feed: Feed) {
    const lang = this.language;
    const selection = this.selection;
    let missions = openMissions(feed, Date.now()).filter(
      (m) =>
        (!selection?.place || m.placeId === selection.place) &&
        (!selection?.organization || m.organizationId === selection.organization),
    );
    if (this.limit > 0) missions = missions.slice(0, this.limit);
    if (!missions.length) return renderStatus({ kind: 'empty', filtered: Boolean(selection?.place || selection?.organization) }, lang);
    return html`<ul part="list" role="list">
      ${missions.map((m) => html`<li part="mission">${pickText(m.title, lang, feed.language)}</li>`)}
    </ul>`;
  }
}
