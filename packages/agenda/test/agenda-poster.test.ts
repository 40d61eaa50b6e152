import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, withPrintRules } from '../../core/test/print-media.js';
import { $, $$, clean, mountAgenda, until } from './harness.js';

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
