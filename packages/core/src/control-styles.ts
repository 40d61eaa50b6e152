import { css } from 'lit';

/**
 * The filter controls the widgets share: the panel, fieldsets, labels, native inputs and toggle chips.
 * Widgets that show filters add it to their styles; not in the core's index, so pages without filters
 * do not carry it.
 */
export const controlStyles = css`
  [part='filters'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6rem;
    margin-block-end: 1rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .label {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.3rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.75rem;
    align-items: center;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.25rem;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    background: var(--maillage-input-surface, Canvas);
    color: var(--maillage-input-text, CanvasText);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35rem 0.5rem;
    min-height: 2.25rem;
    max-width: 100%;
  }
  select {
    width: 100%;
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
  }
  .chip {
    border: 1px solid var(--_border);
    border-radius: var(--_chip-radius, 999px);
    background: transparent;
    padding: 0.25rem 0.75rem;
    min-height: 2.25rem;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
`;
