import { vocabularyLabel, type Cooperation, type Feed, type FeedIndex } from '@maillage/feed';
import { html, svg, nothing, type TemplateResult } from 'lit';
import { networkMessages } from './i18n/network.js';
import { withPart, type ShowcaseTranslator } from './i18n/translator.js';
import { textOf } from './render-card.js';

/** Its look, adopted by the showcase when this part arrives. */
export { networkStyles as styles } from './network.styles.js';

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly cooperations: number;
  readonly partners: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface NetworkLink {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly links: readonly NetworkLink[];
  readonly size: number;
}

const TYPE_ORDER = ['association', 'collectivite', 'bibliotheque', 'tiers-lieu', 'centre-social', 'etablissement-scolaire', 'commerce', 'entreprise', 'autre'];

/**
 * Who cooperates with whom, laid out without randomness: organizations on a circle grouped by type (so the
 * same feed always draws the same picture), sized by their number of cooperations; a link per pair of
 * partners, thicker when they share several cooperations. Readable with 200 organizations: the circle grows
 * with their number and labels are drawn for the most connected and the chosen one only.
 */
export function buildNetwork(feed: Feed, index: FeedIndex, cooperations: readonly Cooperation[], lang: string): Network {
  const counts = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  const pairs = new Map<string, number>();
  for (const cooperation of cooperations) {
    const ids = [...new Set(cooperation.partners.map((p) => p.organizationId))].filter((id) => index.organizations.has(id));
    for (const id of ids) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      const set = partners.get(id) ?? new Set<string>();
      for (const other of ids) if (other !== id) set.add(other);
      partners.set(id, set);
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = ids[i]! < ids[j]! ? `${ids[i]}\n${ids[j]}` : `${ids[j]}\n${ids[i]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const organizations = [...counts.keys()].map((id) => index.organizations.get(id)!);
  const rank = (type: string | undefined) => {
    const i = TYPE_ORDER.indexOf(type ?? 'autre');
    return i < 0 ? TYPE_ORDER.length : i;
  };
  organizations.sort(
    (a, b) => rank(a.type) - rank(b.type) || textOf({ lang, feed }, a.name).localeCompare(textOf({ lang, feed }, b.name)) || (a.id < b.id ? -1 : 1),
  );
  const count = organizations.length;
  const ring = Math.max(120, count * 9);
  const size = 2 * ring + 160;
  const nodes = organizations.map((organization, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, count) - Math.PI / 2;
    const cooperationsCount = counts.get(organization.id) ?? 0;
    return {
      id: organization.id,
      name: textOf({ lang, feed }, organization.name),
      type: organization.type ?? 'autre',
      cooperations: cooperationsCount,
      partners: [...(partners.get(organization.id) ?? [])],
      x: size / 2 + ring * Math.cos(angle),
      y: size / 2 + ring * Math.sin(angle),
      r: 6 + 4 * Math.sqrt(cooperationsCount),
    };
  });
  const links = [...pairs].map(([key, weight]) => {
    const [source, target] = key.split('\n') as [string, string];
    return { source, target, weight };
  });
  return { nodes, links, size };
}

/** A shape per organization type, so the type never rests on colour alone. */
function shape(node: NetworkNode, chosen: boolean): TemplateResult {
  const { x, y, r } = node;
  const cls = `node type-${node.type}${chosen ? ' chosen' : ''}`;
  switch (node.type) {
    case 'collectivite':
      return svg`<rect class=${cls} x=${x - r} y=${y - r} width=${2 * r} height=${2 * r}></rect>`;
    case 'bibliotheque':
    case 'etablissement-scolaire':
      return svg`<polygon class=${cls} points=${`${x},${y - r * 1.2} ${x + r * 1.2},${y} ${x},${y + r * 1.2} ${x - r * 1.2},${y}`}></polygon>`;
    case 'commerce':
    case 'entreprise':
      return svg`<polygon class=${cls} points=${`${x},${y - r * 1.2} ${x + r * 1.1},${y + r * 0.8} ${x - r * 1.1},${y + r * 0.8}`}></polygon>`;
    default:
      return svg`<circle class=${cls} cx=${x} cy=${y} r=${r}></circle>`;
  }
}

export interface NetworkView {
  readonly network: Network;
  readonly lang: string;
  readonly t: ShowcaseTranslator;
  readonly chosen: string | null;
  readonly headingLevel: number;
  choose(id: string | null): void;
}

export interface NetworkWithCards extends NetworkView {
  /** The cooperations of the chosen organization, drawn below the network. */
  readonly shown: readonly Cooperation[];
  card(cooperation: Cooperation): TemplateResult;
}

/** The network, and below it the cooperations of the organization chosen in it. */
export function renderNetworkView(view: NetworkWithCards): TemplateResult {
  const { chosen } = view;
  const t = withPart(view.t, networkMessages, view.lang);
  const name = chosen ? (view.network.nodes.find((n) => n.id === chosen)?.name ?? chosen) : '';
  return html`${renderNetwork(view)}
    ${chosen
      ? html`<section aria-label=${t('network.showing', { name })}>
          <p class="summary" role="status" aria-live="polite">${t('network.showing', { name })} · ${t('count', { count: view.shown.length })}</p>
          <button type="button" class="button secondary" @click=${() => view.choose(null)}>${t('network.all')}</button>
          <div part="list" class="grid">${view.shown.map((c) => view.card(c))}</div>
        </section>`
      : nothing}`;
}

/** The picture (for sighted mouse users) and the equivalent table (for everyone, keyboard included). */
export function renderNetwork(view: NetworkView): TemplateResult {
  const { network, chosen, lang } = view;
  const t = withPart(view.t, networkMessages, lang);
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const labelled = new Set(
    [...network.nodes]
      .sort((a, b) => b.cooperations - a.cooperations)
      .slice(0, 24)
      .map((n) => n.id),
  );
  if (chosen) labelled.add(chosen);
  const chosenNode = chosen ? byId.get(chosen) : undefined;
  const near = new Set(chosenNode?.partners ?? []);
  return html`<div part="network">
    <div role="heading" aria-level=${view.headingLevel} class="network-title">${t('network.title')}</div>
    <p class="muted">${t('network.help')}</p>
    <svg
      viewBox=${`0 0 ${network.size} ${network.size}`}
      role="img"
      aria-label=${`${t('network.title')} : ${network.nodes.length} · ${network.links.length}`}
      class="network-picture"
    >
      ${network.links.map((link) => {
        const a = byId.get(link.source)!;
        const b = byId.get(link.target)!;
        const lit = chosen !== null && (link.source === chosen || link.target === chosen);
        return svg`<line class=${lit ? 'link lit' : 'link'} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width=${1 + link.weight}></line>`;
      })}
      ${network.nodes.map(
        (node) => svg`<g class=${chosen && node.id !== chosen && !near.has(node.id) ? 'faded' : ''} data-id=${node.id} @click=${() => view.choose(node.id === chosen ? null : node.id)}>
          ${shape(node, node.id === chosen)}
          ${labelled.has(node.id)
            ? svg`<text x=${node.x} y=${node.y + node.r + 14} text-anchor="middle">${node.name}</text>`
            : nothing}
        </g>`,
      )}
    </svg>
    <table part="network-table">
      <caption>${t('network.table')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('network.organization')}</th>
          <th scope="col">${t('network.partners')}</th>
          <th scope="col">${t('network.cooperations')}</th>
        </tr>
      </thead>
      <tbody>
        ${network.nodes.map(
          (node) => html`<tr data-id=${node.id}>
            <th scope="row">
              <button
                type="button"
                class="linklike"
                aria-pressed=${node.id === chosen ? 'true' : 'false'}
                aria-label=${t('network.choose', { name: node.name })}
                @click=${() => view.choose(node.id === chosen ? null : node.id)}
              >
                ${node.name}
              </button>
              <span class="muted">(${vocabularyLabel('organizationTypes', node.type, lang)})</span>
            </th>
            <td>${node.partners.map((id) => byId.get(id)?.name ?? id).join(', ')}</td>
            <td>${node.cooperations}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
