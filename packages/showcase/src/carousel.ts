/** The carousel view: one cooperation at a time, with previous and next; loaded when it is first shown. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ShowcaseTranslator } from './i18n/translator.js';

/** Its look, adopted by the showcase when this part arrives. */
export { carouselStyles as styles } from './carousel.styles.js';

export interface CarouselView {
  readonly t: ShowcaseTranslator;
  /** The card shown, its position (from 0) and the number of cards. */
  readonly card: TemplateResult;
  readonly index: number;
  readonly total: number;
  /** Whether slides move by themselves now: screen readers are then not told of each change. */
  readonly moving: boolean;
  /** Whether a pause button is offered (autoplay without reduced motion), and its state. */
  readonly pausable: boolean;
  readonly paused: boolean;
  step(delta: number): void;
  togglePause(): void;
}

export function renderCarousel(view: CarouselView): TemplateResult {
  const { t } = view;
  const position = t('carousel.position', { index: view.index + 1, total: view.total });
  return html`<section part="carousel" aria-roledescription="carousel" aria-label=${t('carousel.label')}>
    <div class="carousel-controls">
      <button type="button" class="button secondary" @click=${() => view.step(-1)}>
        <span aria-hidden="true">‹</span> ${t('carousel.previous')}
      </button>
      ${view.pausable
        ? html`<button type="button" class="button secondary" @click=${view.togglePause}>
            ${view.paused ? t('carousel.play') : t('carousel.pause')}
          </button>`
        : nothing}
      <button type="button" class="button secondary" @click=${() => view.step(1)}>
        ${t('carousel.next')} <span aria-hidden="true">›</span>
      </button>
    </div>
    <div aria-live=${view.moving ? 'off' : 'polite'} class="slide-holder">
      <div role="group" aria-roledescription="slide" aria-label=${position}>${view.card}</div>
    </div>
    <p class="muted" aria-hidden="true">${position}</p>
  </section>`;
}
