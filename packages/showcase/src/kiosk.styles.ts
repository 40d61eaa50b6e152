import { css } from 'lit';

/** The kiosk's look, adopted by the showcase when the kiosk is first shown: read from three metres. */
export const kioskStyles = css`
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
