import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, clean, mountShowcase, settle, titles, until } from './harness.js';

describe('<maillage-showcase> carousel', () => {
  it('shows one cooperation at a time, moves with previous and next, by keyboard, and never by itself without autoplay', async () => {
    const { showcase } = await mountShowcase('view="carousel" interval="3"');
    expect(titles(showcase)).to.deep.equal(['La culture à la mi-temps']);
    const [previous, next] = $$<HTMLButtonElement>(showcase, '.carousel-controls button');
    expect($$(showcase, '.carousel-controls button')).to.have.length(2);
    next!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(showcase);
    expect(titles(showcase)).to.deep.equal(['Des livres à l’épicerie']);
    expect($(showcase, '[aria-roledescription="slide"]')!.getAttribute('aria-label')).to.equal('2 sur 3');
    expect($(showcase, '.slide-holder')!.getAttribute('aria-live')).to.equal('polite');
    previous!.click();
    previous!.click();
    await settle(showcase);
    expect(titles(showcase)).to.deep.equal(['Un éducateur partagé']);
    await expect(showcase).to.be.accessible();
  });

  it('with autoplay, moves on by itself, can be paused, and is silent for screen readers while moving', async () => {
    const { showcase } = await mountShowcase('view="carousel" autoplay interval="3"');
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      expect($$(showcase, '.carousel-controls button')).to.have.length(2);
      return;
    }
    expect($(showcase, '.slide-holder')!.getAttribute('aria-live')).to.equal('off');
    const pause = $$<HTMLButtonElement>(showcase, '.carousel-controls button')[1]!;
    expect(clean(pause.textContent)).to.equal('Mettre en pause');
    await until(() => titles(showcase)[0] !== 'La culture à la mi-temps', 4500);
    pause.click();
    await settle(showcase);
    expect(clean(pause.textContent)).to.equal('Reprendre le défilement');
    const shown = titles(showcase)[0];
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(titles(showcase)[0]).to.equal(shown);
  });
});

describe('<maillage-showcase> network', () => {
  it('draws organizations and links, with an equivalent table; choosing an organization filters the cards', async () => {
    const { showcase } = await mountShowcase('view="network"');
    await until(() => Boolean($(showcase, '[part="network-table"]')));
    const rows = $$(showcase, '[part="network-table"] tbody tr').map((tr) => [...tr.children].map((c) => clean(c.textContent)));
    const club = rows.find((r) => r[0]!.startsWith('Union sportive'))!;
    expect(club[2]).to.equal('2');
    expect(club[1]).to.contain('Médiathèque');
    expect(club[1]).to.contain('Mairie');
    expect($$(showcase, 'svg.network-picture .node')).to.have.length(6);
    expect($$(showcase, 'svg.network-picture line')).to.have.length(7);
    expect($(showcase, 'svg.network-picture rect.node.type-collectivite')).to.exist;
    await expect(showcase).to.be.accessible();
    const button = $<HTMLButtonElement>(showcase, '[part="network-table"] tr[data-id="club"] button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(showcase);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(titles(showcase).filter((t) => t !== 'Qui coopère avec qui')).to.deep.equal(['La culture à la mi-temps', 'Un éducateur partagé']);
    await expect(showcase).to.be.accessible();
  });

  it('stays laid out with 200 organizations, without overlapping nodes', async () => {
    const organizations = Array.from({ length: 200 }, (_, i) => ({ id: `o${i}`, name: `Association ${i}`, type: i % 3 ? 'association' : 'collectivite' }));
    const cooperations = Array.from({ length: 150 }, (_, i) => ({
      id: `c${i}`,
      title: `Coopération ${i}`,
      partners: [{ organizationId: `o${i % 200}` }, { organizationId: `o${(i * 7 + 3) % 200}` }],
    }));
    const { showcase } = await mountShowcase('view="network"', { maillage: '1', title: 'x', organizations, cooperations });
    await until(() => Boolean($(showcase, '[part="network-table"]')));
    const circles = $$(showcase, 'svg.network-picture g').map((g) => g.firstElementChild!.getBoundingClientRect());
    expect(circles.length).to.be.greaterThan(150);
    const centres = circles.map((r) => [r.x + r.width / 2, r.y + r.height / 2] as const);
    let closest = Infinity;
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) closest = Math.min(closest, Math.hypot(centres[i]![0] - centres[j]![0], centres[i]![1] - centres[j]![1]));
    }
    expect(closest).to.be.greaterThan(1);
    expect($$(showcase, 'svg.network-picture text').length).to.be.at.most(25);
  });
});

describe('<maillage-showcase> kiosk', () => {
  it('shows one large card with a QR code to its page, and can be paused', async () => {
    const { showcase } = await mountShowcase('view="kiosk" interval="3"');
    await until(() => Boolean($(showcase, 'svg.qr')));
    expect(titles(showcase)).to.deep.equal(['La culture à la mi-temps']);
    const qr = $(showcase, 'svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.equal('Scannez pour en savoir plus');
    expect(qr.querySelectorAll('g rect').length).to.be.greaterThan(100);
    const pause = $<HTMLButtonElement>(showcase, '.kiosk-side button')!;
    expect(clean(pause.textContent)).to.equal('Mettre en pause');
    await expect(showcase).to.be.accessible();
    await until(() => titles(showcase)[0] !== 'La culture à la mi-temps', 4500);
    pause.click();
    await settle(showcase);
    const shown = titles(showcase)[0];
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(titles(showcase)[0]).to.equal(shown);
  });
});
