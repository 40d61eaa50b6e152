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
  .more {
    margin: 0.5rem 0;
  }
  /* The compact view: rows of one height (date, title on two lines at most, place, the details button), so
     that maillage.css can hold the room of \`limit\` rows while the feed loads (keep the two in step). */
  [part='event'].compact {
    min-height: 9.5rem;
    margin: 0;
    padding: 0.5rem 0;
    gap: 0.15rem;
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
    align-content: start;
  }
  .compact .when,
  .compact .meta {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .compact [part='event-title'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: 1em;
    font-weight: 600;
  }
  .compact .when {
    font-weight: 400;
    font-size: 0.9em;
  }
  @media print {
    [part='filters'],
    .toggle,
    .more {
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
