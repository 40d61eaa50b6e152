import { css } from 'lit';

/** The look of the poster, adopted by the agenda when the poster is first shown. */
export const posterStyles = css`
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
  }
`;
