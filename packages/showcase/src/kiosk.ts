/** The kiosk view: a large rotating card with a QR code to its page; loaded when it is first shown. */
import { qrCode } from '@maillage/core/qr';
import { html, type TemplateResult } from 'lit';
import type { ShowcaseTranslator } from './i18n/translator.js';

/** Its look, adopted by the showcase when this part arrives. */
export { kioskStyles as styles } from './kiosk.styles.js';

export interface KioskView {
  readonly t: ShowcaseTranslator;
  /** The card shown, its position (from 0) and the number of cards. */
  readonly card: TemplateResult;
  readonly index: number;
  readonly total: number;
  /** The address the QR code opens. */
  readonly target: string;
  readonly paused: boolean;
  togglePause(): void;
}

export function renderKiosk(view: KioskView): TemplateResult {
  const { t } = view;
  return html`<section part="kiosk" aria-roledescription="carousel" aria-label=${t('carousel.label')}>
    <div class="kiosk-card">${view.card}</div>
    <div class="kiosk-side">
      ${qrCode(view.target, t('kiosk.scan'))}
      <p class="kiosk-scan">${t('kiosk.scan')}</p>
      <p class="muted">${t('carousel.position', { index: view.index + 1, total: view.total })}</p>
      <button type="button" class="button" @click=${view.togglePause}>${view.paused ? t('kiosk.play') : t('kiosk.pause')}</button>
    </div>
  </section>`;
}
