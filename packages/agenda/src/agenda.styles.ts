import { css } from 'lit';

/**
 * The agenda's look. Colours come from the shared tokens (set by the host page through `--maillage-*`);
 * sizes in `em` so the agenda follows the page's font size; from 280 px wide to full width.
 */
export const agendaStyles = css`
  :host {
    overflow-wrap: anywhere;
    --_chip-radius: var(--maillage-agenda-chip-radius, 999px);
    --_card-gap: var(--maillage-agenda-card-gap, 0.75rem);
    container-type: inline-size;
  }
  input[type='search'] {
    width: 100%;
  }
  .filters-toggle {
    margin-block-end: 1rem;
  }
  .filters-toggle summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.25rem;
    padding: 0.4rem 0;
  }
  .chip .count {
    opacity: 0.85;
    font-size: 0.9em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.5rem;
    color: var(--_muted);
  }
  [part='day-heading'] {
    font-size: 1.05em;
    margin: 1.1rem 0 0.5rem;
    border-block-end: 2px solid var(--_accent);
    padding-block-end: 0.2rem;
  }
  [part='event'] {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.3rem;
    padding: 0.75rem;
    margin-block-end: var(--_card-gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @container (min-width: 36rem) {
    [part='event'].has-image {
      grid-template-columns: 1fr 9rem;
    }
    [part='event'].has-image .image {
      grid-column: 2;
      grid-row: 1 / span 6;
    }
  }
  [part='event'][data-status='cancelled'] [part='event-title'],
  [part='event'][data-status='postponed'] [part='event-title'] {
    text-decoration: line-through;
  }
  [part='event'] p {
    margin: 0;
  }
  .when {
    font-weight: 600;
  }
  [part='event-title'] {
    font-size: 1.1em;
    margin: 0;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .badge {
    display: inline-block;
    font-size: 0.85em;
    padding: 0.05rem 0.5rem;
    border-radius: var(--_chip-radius);
    border: 1px solid var(--_border);
  }
  .badge.status {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 700;
  }
  .badge.cross {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .image {
    aspect-ratio: 4 / 3;
    width: 100%;
    max-width: 20rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-raised);
  }
  .toggle {
    justify-self: start;
    background: none;
    border: 0;
    padding: 0.2rem 0;
    color: var(--_accent);
    text-decoration: underline;
    min-height: 2rem;
  }
  [part='day-heading']::first-letter {
    text-transform: uppercase;
  }
  [hidden] {
    display: none !important;
  }
  details.more-filters summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2rem;
  }
  [part='details'] {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
    display: grid;
    gap: 0.5rem;
  }
  [part='details'] p {
    margin: 0;
  }
  [part='details'] h4 {
    font-size: 1em;
    margin: 0.3rem 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_accent);
  }
  .linklike {
    background: none;
    border: 0;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  .more {
    margin: 0.5rem 0;
  }
  [part='month'] {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  [part='month'] th {
    font-size: 0.85em;
    color: var(--_muted);
    padding: 0.25rem;
    text-align: start;
  }
  [part='month'] td {
    border: 1px solid var(--_border);
    vertical-align: top;
    height: 5.5rem;
    padding: 0.25rem;
    overflow: hidden;
    cursor: pointer;
  }
  [part='month'] td[aria-selected='true'] {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  [part='month'] td.outside {
    color: var(--_muted);
    background: var(--_surface-raised);
  }
  [part='month'] td.today .day-number {
    background: var(--_accent);
    color: var(--_on-accent);
    border-radius: 999px;
    padding: 0 0.35em;
  }
  .day-number {
    font-weight: 600;
  }
  .cell-events {
    list-style: none;
    margin: 0.15rem 0 0;
    padding: 0;
    font-size: 0.8em;
  }
  .cell-events li {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .month-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  #month-title::first-letter {
    text-transform: uppercase;
  }
  #month-title {
    font-weight: 700;
  }
  [part='compact'] li {
    padding: 0.4rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .poster {
    display: grid;
    gap: 0.6rem;
  }
  .poster-head {
    border-block-end: 4px solid var(--_accent);
    padding-block-end: 0.4rem;
  }
  .poster-title {
    font-size: 2em;
    font-weight: 800;
  }
  .poster-period {
    margin: 0;
    font-size: 1.2em;
  }
  .poster-day-title {
    font-weight: 700;
    font-size: 1.1em;
    margin-block: 0.4rem 0.2rem;
  }
  .poster-day-title::first-letter {
    text-transform: uppercase;
  }
  .poster-event {
    display: grid;
    grid-template-columns: 1fr 5.5rem;
    gap: 0.8rem;
    align-items: center;
    padding: 0.4rem 0;
    border-block-end: 1px solid var(--_border);
    break-inside: avoid;
  }
  .poster-event p {
    margin: 0;
  }
  .poster-event-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  .poster-meta {
    color: var(--_muted);
  }
  .poster .qr {
    width: 5.5rem;
    height: 5.5rem;
  }
  .poster-day {
    break-inside: auto;
  }
  @media print {
    :host([view='poster']) {
      font-size: 11pt;
      color: #000;
    }
    .poster .qr {
      width: 2.4cm;
      height: 2.4cm;
    }
    [part='filters'],
    .toggle,
    .more,
    .actions {
      display: none !important;
    }
    [part='event'] {
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .chip,
    .button {
      transition: background-color 120ms ease-in-out;
    }
  }
`;
