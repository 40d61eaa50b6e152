import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, clean, mountAgenda as mount, settle, titles, until } from './harness.js';

/** The month grid is loaded on demand: wait for it. */
async function mountAgenda(attributes: string) {
  const mounted = await mount(attributes);
  await until(() => Boolean(mounted.agenda.shadowRoot!.querySelector('[part="month"]')) || !attributes.includes('view="month"') || attributes.includes('320px'));
  await settle(mounted.agenda);
  return mounted;
}

const activeCell = (el: Element) => el.shadowRoot!.activeElement as HTMLElement;

describe('<maillage-agenda> month view', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
  });

  it('draws a Monday-first grid of the month with the events of each day', async () => {
    const { agenda } = await mountAgenda('view="month" from="2027-03-01" filters="none"');
    expect(clean($(agenda, '#month-title')!.textContent)).to.equal('mars 2027');
    const headers = $$(agenda, '[part="month"] th').map((th) => clean(th.textContent));
    expect(headers[0]).to.match(/^lun/);
    expect($$(agenda, '[part="month"] td')).to.have.length(42);
    const cell = $(agenda, 'td[data-day="2027-03-13"]')!;
    expect(clean(cell.querySelector('.visually-hidden')!.textContent)).to.equal('samedi 13 mars, 1 événement');
    expect(clean(cell.textContent)).to.contain('Match et lectures');
    expect(clean($(agenda, 'td[data-day="2027-03-24"]')!.textContent)).to.contain('Heure du conte');
    expect(clean($(agenda, 'td[data-day="2027-03-22"]')!.querySelector('.visually-hidden')!.textContent)).to.equal('lundi 22 mars, aucun événement');
    // A two-day event is on both its days.
    expect(clean($(agenda, 'td[data-day="2027-03-21"]')!.textContent)).to.contain('Fête du jeu');
    await expect(agenda).to.be.accessible();
  });

  it('moves by keyboard: arrows, Home/End, Page Up/Down; Enter shows the day', async () => {
    const { agenda } = await mountAgenda('view="month" from="2027-03-10" filters="none"');
    $(agenda, 'td[tabindex="0"]')!.focus();
    expect(activeCell(agenda).dataset['day']).to.equal('2027-03-10');
    await sendKeys({ press: 'ArrowRight' });
    await settle(agenda);
    expect(activeCell(agenda).dataset['day']).to.equal('2027-03-11');
    await sendKeys({ press: 'ArrowDown' });
    await settle(agenda);
    expect(activeCell(agenda).dataset['day']).to.equal('2027-03-18');
    await sendKeys({ press: 'Home' });
    await settle(agenda);
    expect(activeCell(agenda).dataset['day']).to.equal('2027-03-15');
    await sendKeys({ press: 'End' });
    await settle(agenda);
    expect(activeCell(agenda).dataset['day']).to.equal('2027-03-21');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(agenda);
    await sendKeys({ press: 'Enter' });
    await settle(agenda);
    expect(clean($(agenda, '#day-panel')!.textContent)).to.contain('samedi 20 mars 2027');
    expect(titles(agenda)).to.deep.equal(['Fête du jeu']);
    expect($(agenda, 'td[data-day="2027-03-20"]')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'PageDown' });
    await settle(agenda);
    expect(activeCell(agenda).dataset['day']).to.equal('2027-04-20');
    expect(clean($(agenda, '#month-title')!.textContent)).to.equal('avril 2027');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    await settle(agenda);
    expect(clean($(agenda, '#month-title')!.textContent)).to.equal('février 2027');
    expect(activeCell(agenda).dataset['day']).to.equal('2027-02-20');
    await expect(agenda).to.be.accessible();
  });

  it('has previous and next month buttons', async () => {
    const { agenda } = await mountAgenda('view="month" from="2027-03-01" filters="none"');
    const [previous, next] = $$<HTMLButtonElement>(agenda, '.month-nav button');
    next!.click();
    await settle(agenda);
    expect(clean($(agenda, '#month-title')!.textContent)).to.equal('avril 2027');
    previous!.click();
    previous!.click();
    await settle(agenda);
    expect(clean($(agenda, '#month-title')!.textContent)).to.equal('février 2027');
  });

  it('brings its look with it the first time it is shown, once per agenda', async () => {
    const { agenda } = await mountAgenda('view="month" from="2027-03-01" filters="none"');
    expect(getComputedStyle($(agenda, '[part="month"]')!).borderCollapse).to.equal('collapse');
    expect(getComputedStyle($(agenda, 'td[data-day="2027-03-13"]')!).verticalAlign).to.equal('top');
    expect(getComputedStyle($(agenda, '.month-nav')!).display).to.equal('flex');
    const sheets = agenda.shadowRoot!.adoptedStyleSheets.length;
    agenda.view = 'list';
    await settle(agenda);
    agenda.view = 'month';
    await until(() => Boolean($(agenda, '[part="month"]')));
    expect(agenda.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('falls back to the list below 480 px wide', async () => {
    const { agenda } = await mountAgenda('view="month" from="2027-03-01" filters="none" style="width: 320px; display: block"');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(agenda);
    expect($(agenda, '[part="month"]')).to.equal(null);
    expect($$(agenda, '[part="day-heading"]').length).to.be.greaterThan(0);
    agenda.style.width = '700px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(agenda);
    expect($(agenda, '[part="month"]')).to.exist;
  });
});
