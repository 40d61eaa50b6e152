/** The kiosk view: a large rotating card with a QR code to its page (part of slides.ts). */
import type { qrCode } from '@maillage/core/qr';
import { html, type TemplateResult } from 'lit';
import { slidesMessages } from './i18n/slides.js';
import { withPart, type ShowcaseTranslator } from './i18n/translator.js';
import type { Rotation } from './rotation.js';

export interface KioskView {
  readonly t: ShowcaseTranslator;
  readonly lang: string;
  readonly rotation: Rotation;
  /** The number of cards; the card at a position and the address its QR code opens. */
  readonly total: number;
  card(index: number): { card: TemplateResult; target: string };
  /** The QR codes' drawing, loaded apart so that the carousel does not carry it. */
  readonly qrCode: typeof qrCode;
}

export function renderKiosk(view: KioskView): TemplateResult {
  const { rotation, total } = view;
  const t = withPart(view.t, slidesMessages, view.lang);
  const index = rotation.index(total);
  const { card, target } = view.card(index);
  return html`<section part="kiosk" aria-roledescription="carousel" aria-label=${t('carousel.label')}>
    <div class="kiosk-card">${card}</div>
    <div class="kiosk-side">
      ${view.qrCode(target, t('kiosk.scan'))}
      <p class="kiosk-scan">${t('kiosk.scan')}</p>
      <p class="muted">${t('carousel.position', { index: index + 1, total })}</p>
      <button type="button" class="button" @click=${() => rotation.togglePause()}>${rotation.paused ? t('kiosk.play') : t('kiosk.pause')}</button>
    </div>
  </section>`;
}
