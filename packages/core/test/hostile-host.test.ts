import { expect, fixture } from '@open-wc/testing';
import '@maillage/core';
import '@maillage/agenda';
import '@maillage/showcase';
import { fixtureText, until } from './helpers.js';

/** A host page whose CSS resets everything must not break the widgets' layout or their controls. */
describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = '* { all: unset; } p { display: none; } button { display: none; }';
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('keeps the agenda and the showcase drawn and usable under `* { all: unset }`', async () => {
    const feed = await fixtureText('small.feed.json');
    const root = await fixture<HTMLElement>(
      `<section><maillage-feed><script type="application/json">${feed}</script><maillage-agenda from="2027-03-01"></maillage-agenda><maillage-showcase></maillage-showcase></maillage-feed></section>`,
    );
    const agenda = root.querySelector('maillage-agenda')!;
    const showcase = root.querySelector('maillage-showcase')!;
    await until(() => agenda.dataset['state'] === 'ready' && showcase.dataset['state'] === 'ready');
    await agenda.updateComplete;
    const card = agenda.shadowRoot!.querySelector<HTMLElement>('[part="event"]')!;
    expect(card.getBoundingClientRect().height).to.be.greaterThan(40);
    const toggle = card.querySelector<HTMLButtonElement>('.toggle')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(toggle.getBoundingClientRect().height).to.be.greaterThan(10);
    const chip = agenda.shadowRoot!.querySelector<HTMLButtonElement>('[data-sector]')!;
    chip.click();
    await until(() => chip.getAttribute('aria-pressed') === 'true');
    expect(showcase.shadowRoot!.querySelector('[part="cooperation"]')!.getBoundingClientRect().height).to.be.greaterThan(40);
    // The pressed chip's background fades to the accent colour (a short transition) while its text turns white
    // at once: axe measures the contrast once the colours are at rest, not halfway through the fade.
    await Promise.allSettled(agenda.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(agenda).to.be.accessible();
  });
});
