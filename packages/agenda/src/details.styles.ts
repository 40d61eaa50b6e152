import { css } from 'lit';

/** The look of an event's details, adopted by the agenda when they are first opened. */
export const detailsStyles = css`
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
  @media print {
    .actions {
      display: none !important;
    }
  }
`;
