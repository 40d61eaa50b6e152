import { css } from 'lit';

/** The look of the carousel and of the kiosk (read from three metres), adopted when one is first shown. */
export const slidesStyles = css`
  .carousel-controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: 0.6rem;
  }
  @media print {
    .carousel-controls {
      display: none !important;
    }
  }
  [part='kiosk'] {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr);
    gap: 2rem;
    font-size: clamp(1.25rem, 2.2vw, 2.2rem);
    min-height: 70vh;
    align-items: center;
  }
  [part='kiosk'] [part='cooperation-title'] {
    font-size: 1.6em;
  }
  .kiosk-side {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    text-align: center;
  }
  .qr {
    width: min(100%, 18rem);
    height: auto;
  }
  @media (max-width: 40rem) {
    [part='kiosk'] {
      grid-template-columns: 1fr;
    }
  }
`;
