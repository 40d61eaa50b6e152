import { css } from 'lit';

/** The look of the month grid, adopted by the agenda when the grid is first shown. */
export const monthStyles = css`
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
`;
