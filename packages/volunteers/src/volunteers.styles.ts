import { css } from 'lit';

/**
 * The volunteer call's look. Colours come from the shared tokens (set by the host page through
 * `--maillage-*`); sizes in `em` so the widget follows the page's font size, from 280 px wide up.
 */
export const volunteersStyles = css`
  :host {
    overflow-wrap: anywhere;
    --_chip-radius: var(--maillage-volunteers-chip-radius, 999px);
    --_card-gap: var(--maillage-volunteers-card-gap, 0.75rem);
    --_bar: var(--maillage-volunteers-bar, var(--_accent));
    --_bar-track: var(--maillage-volunteers-bar-track, color-mix(in srgb, currentColor 15%, transparent));
  }
  summary {
    font-weight: 600;
    cursor: pointer;
    min-height: 2.25rem;
    padding-block: 0.4rem;
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  [part='list'] {
    display: grid;
    gap: var(--_card-gap);
  }
  [part='mission'] {
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    scroll-margin-block: 1rem;
  }
  [part='mission'].highlighted {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='mission'] p {
    margin: 0.2rem 0;
  }
  [part='mission-title'] {
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.25;
  }
  .organization,
  .deadline {
    color: var(--_muted);
  }
  .spots {
    margin: 0.35rem 0;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.5rem;
    max-width: 16rem;
    border: 0;
    border-radius: 999px;
    background: var(--_bar-track);
    overflow: hidden;
    appearance: none;
  }
  .bar::-webkit-meter-bar {
    background: var(--_bar-track);
    border: 0;
    border-radius: 999px;
    height: 100%;
  }
  .bar::-webkit-meter-optimum-value,
  .bar::-webkit-meter-suboptimum-value,
  .bar::-webkit-meter-even-less-good-value {
    background: var(--_bar);
    border-radius: 999px;
  }
  .bar::-moz-meter-bar {
    background: var(--_bar);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.35rem 0;
  }
  .badges li {
    border: 1px solid var(--_border);
    border-radius: var(--_chip-radius);
    padding: 0 0.6rem;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  a.button {
    text-decoration: none;
  }
  .linklike {
    background: none;
    border: 0;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
    min-height: 1.5rem;
  }
  /* Compact: a short list for a home page sidebar. */
  :host([view='compact']) [part='list'] {
    gap: 0.4rem;
  }
  :host([view='compact']) [part='mission'] {
    padding: 0.5rem 0.6rem;
  }
  /* Board: large type for a notice screen in a tiers-lieu or a library, read from a few metres away. */
  :host([view='board']) {
    font-size: clamp(1.25rem, 2.2vw, 2rem);
  }
  :host([view='board']) [part='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  :host([view='board']) [part='mission-title'] {
    font-size: 1.3em;
  }
  :host([view='board']) .bar {
    height: 0.8rem;
  }
  .board-contact {
    font-weight: 600;
  }
  /* The sign-up dialog. */
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    overflow: auto;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--maillage-dialog-surface, Canvas);
    color: var(--maillage-dialog-text, CanvasText);
    font-family: var(--_font);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h2 {
    font-size: 1.2em;
    margin-block-end: 0.5rem;
  }
  dialog form {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field input:not([type='checkbox']),
  .field textarea {
    width: 100%;
  }
  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
  }
  .consent input {
    margin-block-start: 0.3rem;
    width: 1.2rem;
    height: 1.2rem;
  }
  .consent .privacy,
  .consent .error {
    grid-column: 2;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }
  .error-summary,
  .failure {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  .error-summary a {
    color: var(--_danger);
  }
  .result {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  .copy textarea {
    width: 100%;
  }
  .notice:empty {
    display: none;
  }
  /* Filled by robots, never seen or reached by people. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media print {
    [part='filters'],
    .actions {
      display: none !important;
    }
  }
`;
