/** The carousel view: one cooperation at a time, with previous and next (part of slides.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { slidesMessages } from './i18n/slides.js';
import { withPart, type ShowcaseTranslator } from './i18n/translator.js';
import type { Rotation } from './rotation.js';

export interface CarouselView {
  readonly t: ShowcaseTranslator;
  readonly lang: string;
  readonly rotation: Rotation;
  /** Whether the carousel moves by itself (`autoplay`): a pause button is then offered. */
  readonly autoplay: boolean;
  /** The number of cards, and the card at a position. */
  readonly total: number;
  card(index: number): TemplateResult;
}

export function renderCarousel(view: CarouselView): TemplateResult {
  const { rotation, total } = view;
  const t = withPart(view.t, slidesMessages, view.lang);
  const index = rotation.index(total);
  const position = t('carousel.position', { index: index + 1, total });
  return html`<section part="carousel" aria-roledescription="carousel" aria-label=${t('carousel.label')}>
    <div class="carousel-controls">
      <button type="button" class="button secondary" @click=${() => rotation.step(-1)}>
        <span aria-hidden="true">‹</span> ${t('carousel.previous')}
      </button>
      ${view.autoplay && !rotation.reducedMotion
        ? html`<button type="button" class="button secondary" @click=${() => rotation.togglePause()}>
            ${rotation.paused ? t('carousel.play') : t('carousel.pause')}
          </button>`
        : nothing}
      <button type="button" class="button secondary" @click=${() => rotation.step(1)}>
        ${t('carousel.next')} <span aria-hidden="true">›</span>
      </button>
    </div>
    <div aria-live=${rotation.moving ? 'off' : 'polite'} class="slide-holder">
      <div role="group" aria-roledescription="slide" aria-label=${position}>${view.card(index)}</div>
    </div>
    <p class="muted" aria-hidden="true">${position}</p>
  </section>`;
}
