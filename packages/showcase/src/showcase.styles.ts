import { css } from 'lit';

/** The showcase's look, on the shared tokens; the kiosk is sized to be read from three metres. */
export const showcaseStyles = css`
  :host {
    overflow-wrap: anywhere;
  }
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem 1rem;
    align-items: end;
    padding: 0.75rem;
    margin-block-end: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .control {
    display: grid;
    /* A long organization name must not widen its list beyond the widget. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2rem;
    min-width: min(12rem, 100%);
    max-width: 100%;
  }
  .control label {
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--maillage-input-surface, Canvas);
    color: var(--maillage-input-text, CanvasText);
    max-width: 100%;
  }
  .summary {
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--maillage-showcase-columns, 18rem), 100%), 1fr));
    gap: var(--_gap);
  }
  [part='cooperation'] {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    padding: 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='cooperation'] p {
    margin: 0;
  }
  [part='cooperation-title'] {
    font-size: 1.15em;
    font-weight: 700;
  }
  .bridge {
    color: var(--_accent);
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    color: var(--_muted);
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.85em;
  }
  .section-title {
    font-weight: 600;
    margin-block-start: 0.3rem;
  }
  ul.partners,
  ul.pooled,
  ul.outcomes {
    display: grid;
    gap: 0.25rem;
  }
  [part='partner'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.5rem;
    align-items: center;
  }
  .partner-name {
    font-weight: 600;
  }
  .partner-type,
  .partner-role,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .partner-role::before {
    content: '· ';
  }
  .logo {
    width: 2rem;
    height: 2rem;
    object-fit: contain;
  }
  .figure {
    font-size: 1.3em;
    font-weight: 700;
    color: var(--_accent);
  }
  .image {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  ul.actions {
    margin-block-start: auto;
    padding-block-start: 0.4rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
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
    min-height: 2rem;
  }
  .propose {
    margin-block-start: 1rem;
    padding: 0.9rem;
    border: 1px dashed var(--_accent);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .propose p {
    margin: 0;
  }
  a.button {
    text-decoration: none;
  }
  dialog {
    max-width: min(44rem, 94vw);
    max-height: 90vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    color: inherit;
    background: var(--maillage-dialog-surface, Canvas);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    justify-content: end;
  }
  dialog [part='cooperation'] {
    border: 0;
    padding: 0;
  }
  @media print {
    [part='filters'],
    ul.actions {
      display: none !important;
    }
  }
`;
