import { css } from 'lit';

/** The network's look, adopted by the showcase when the network is first shown. */
export const networkStyles = css`
  .network-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  .network-picture {
    width: 100%;
    max-height: 36rem;
    display: block;
  }
  .network-picture .link {
    stroke: var(--_border);
  }
  .network-picture .link.lit {
    stroke: var(--_accent);
  }
  .network-picture .node {
    fill: var(--_accent);
    stroke: var(--maillage-dialog-surface, #fff);
    stroke-width: 2;
    cursor: pointer;
  }
  /* Types differ by shape first (see network.ts), and by colour. */
  .network-picture .type-collectivite {
    fill: #6b3fa0;
  }
  .network-picture .type-bibliotheque,
  .network-picture .type-etablissement-scolaire {
    fill: #a4451c;
  }
  .network-picture .type-commerce,
  .network-picture .type-entreprise {
    fill: #1f6f50;
  }
  .network-picture .node.chosen {
    stroke: var(--_text);
    stroke-width: 4;
  }
  .network-picture .faded {
    opacity: 0.25;
  }
  .network-picture text {
    font-size: 12px;
    fill: currentColor;
  }
  [part='network-table'] {
    width: 100%;
    border-collapse: collapse;
    margin-block: 1rem;
  }
  [part='network-table'] caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4rem;
  }
  [part='network-table'] th,
  [part='network-table'] td {
    text-align: start;
    border-block-end: 1px solid var(--_border);
    padding: 0.35rem 0.5rem 0.35rem 0;
    vertical-align: top;
  }
`;
