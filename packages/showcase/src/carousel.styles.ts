import { css } from 'lit';

/** The carousel's look, adopted by the showcase when the carousel is first shown. */
export const carouselStyles = css`
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
`;
