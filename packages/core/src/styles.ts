import { css } from 'lit';

/**
 * Design tokens. The host page owns the look: widgets inherit its font and text colour, and every colour
 * below can be set from the page (`maillage-agenda { --maillage-accent: #0a5; }`). Private `--_*`
 * properties hold the resolved values inside the shadow root.
 */
export const tokens = css`
  :host {
    --_accent: var(--maillage-accent, #2a5d9f);
    --_on-accent: var(--maillage-on-accent, #ffffff);
    --_text: var(--maillage-text, currentColor);
    --_muted: var(--maillage-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--maillage-surface, transparent);
    --_surface-raised: var(--maillage-surface-raised, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--maillage-border, color-mix(in srgb, currentColor 25%, transparent));
    --_danger: var(--maillage-danger, #b3261e);
    --_warning-surface: var(--maillage-warning-surface, #fff4d6);
    --_warning-text: var(--maillage-warning-text, #4d3800);
    --_focus: var(--maillage-focus, #1a4dbb);
    --_radius: var(--maillage-radius, 0.5rem);
    --_gap: var(--maillage-gap, 0.75rem);
    --_font: var(--maillage-font, inherit);
    --_min-height: var(--maillage-min-height, 12rem);
  }
`;

/** What every widget's shadow root starts from. */
export const widgetStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.45;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set, not inherited: the content of a <details> inherits from the browser's own box, which is not. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A height the page sets (--maillage-min-height) is kept once the feed is there, so nothing below moves;
     without one, 12rem are reserved while loading only. */
  [part='base'] {
    min-height: var(--_reserved-height, var(--maillage-min-height, 0));
  }
  :host([data-state='loading']) [part='base'] {
    /* Reserve the height the widget will take, so the host page does not jump when the feed arrives. */
    --_reserved-height: var(--_min-height);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  ul[role='list'],
  ol[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part='status'] {
    margin: 0 0 var(--_gap);
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  [part='status'][data-kind='stale'] {
    background: var(--_warning-surface);
    color: var(--_warning-text);
    border-color: currentColor;
  }
  [part='status'][data-kind='error'] {
    border-color: var(--_danger);
  }
  [part='status'][data-kind='error'] strong {
    color: var(--_danger);
  }
  [part='status'] p {
    margin: 0.25rem 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .loading {
    color: var(--_muted);
  }
  @media print {
    [part='status'],
    button,
    .no-print {
      display: none !important;
    }
  }
`;

