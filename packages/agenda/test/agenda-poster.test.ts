import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, $$, clean, mountAgenda, until } from './harness.js';

// Chromium emulates print media (through CDP); Firefox, driven over WebDriver BiDi, cannot.
const canEmulateMedia = !navigator.userAgent.includes('Firefox');

/** The @media print rules of the element's styles, adopted or in <style> elements. */
function printRules(element: Element): CSSMediaRule[] {
  const root = element.shadowRoot!;
  const found: CSSMediaRule[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && [...rule.media].includes('print')) found.push(rule);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  for (const sheet of new Set([...root.adoptedStyleSheets, ...root.styleSheets])) walk(sheet.cssRules);
  return found;
}

/**
 * Runs `check` with the element's print rules in force on the screen too (each rule's media list gets
 * `screen` for the while): the print layout measured in any browser, with no media emulation.
 */
async function withPrintRules(element: Element, check: () => void): Promise<void> {
  const rules = printRules(element);
  expect(rules.length, 'print rules in the shadow root').to.be.greaterThan(0);
  for (const rule of rules) rule.media.appendMedium('screen');
  try {
    check();
  } finally {
    for (const rule of rules) rule.media.deleteMedium('screen');
  }
}

describe('<maillage-agenda> poster', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ media: 'screen' });
  });

  it('lays out a month for printing, a QR code per event, and passes axe', async () => {
    const { agenda } = await mountAgenda('view="poster" from="2027-03-05" poster-title="Agenda de mars"');
    await until(() => Boolean($(agenda, '.poster')));
    expect(clean($(agenda, '.poster-title')!.textContent)).to.equal('Agenda de mars');
    expect(clean($(agenda, '.poster-period')!.textContent)).to.match(/1.*31 mars 2027/);
    const events = $$(agenda, '.poster-event');
    expect(events.map((e) => clean(e.querySelector('.poster-event-title')!.textContent))).to.deep.equal([
      'Distribution de l’épicerie',
      'Match et lectures à la mi-temps',
      'Tournoi annulé',
      'Heure du conte',
      'Fête du jeu',
      'Heure du conte',
      'Heure du conte',
    ]);
    for (const event of events) {
      const qr = event.querySelector('svg.qr')!;
      expect(qr.getAttribute('aria-label')).to.contain('QR code');
      expect(qr.querySelectorAll('g rect').length).to.be.greaterThan(50);
    }
    expect(clean(events[2]!.textContent)).to.contain('Annulé');
    await expect(agenda).to.be.accessible();

    const qr = events[0]!.querySelector<SVGElement>('svg.qr')!;
    // On screen 5.5 rem; printed 2.4 cm (90.7 px at 96 dpi).
    expect(qr.getBoundingClientRect().width).to.be.closeTo(88, 1);
    const printed = () => {
      expect(qr.getBoundingClientRect().width).to.be.closeTo(90.7, 1);
      expect(getComputedStyle(events[0]!).breakInside).to.equal('avoid');
      expect($(agenda, '[part="filters"]')).to.equal(null);
    };
    await withPrintRules(agenda, printed);
    expect(qr.getBoundingClientRect().width, 'screen size again').to.be.closeTo(88, 1);
    if (canEmulateMedia) {
      await emulateMedia({ media: 'print' });
      printed();
    }
  });

  it('lays out a week, Monday to Sunday', async () => {
    const { agenda } = await mountAgenda('view="poster" period="week" from="2027-03-17"');
    await until(() => Boolean($(agenda, '.poster')));
    const titles = $$(agenda, '.poster-event-title').map((e) => clean(e.textContent));
    expect(titles).to.deep.equal(['Heure du conte', 'Fête du jeu']);
    expect(clean($(agenda, '.poster-period')!.textContent)).to.match(/15.*21 mars 2027/);
  });
});
