import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, withPrintRules } from '../../core/test/print-media.js';
import { $, mountShowcase, titles, until } from './harness.js';

/** The showcase's parts loaded on demand that the page has fetched. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/(?:showcase|core)\/src\/(slides|network|qr)\.[jt]s/.exec(entry.name)?.[1])
    .filter(Boolean);

// The order matters: a part, once loaded, stays loaded for the page.
describe('<maillage-showcase> views loaded on demand', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ media: 'screen' });
  });

  it('the grid loads none of the other views', async () => {
    const { showcase } = await mountShowcase('');
    expect(titles(showcase)).to.have.length(3);
    expect(fetched()).to.deep.equal([]);
  });

  it('the carousel brings its look with it the first time it is shown, and prints without its controls', async () => {
    const { showcase } = await mountShowcase('view="carousel"');
    expect(titles(showcase)).to.deep.equal(['La culture à la mi-temps']);
    expect(getComputedStyle($(showcase, '.carousel-controls')!).display).to.equal('flex');
    const printed = () => expect(getComputedStyle($(showcase, '.carousel-controls')!).display).to.equal('none');
    await withPrintRules(showcase, printed);
    expect(getComputedStyle($(showcase, '.carousel-controls')!).display, 'on screen again').to.equal('flex');
    if (canEmulateMedia) {
      await emulateMedia({ media: 'print' });
      printed();
    }
    expect(fetched()).to.deep.equal(['slides']);
  });

  it('updateComplete resolves once a view loaded on demand is drawn', async () => {
    const { showcase } = await mountShowcase('');
    showcase.view = 'network';
    await showcase.updateComplete;
    expect($(showcase, '[part="network-table"]')).to.exist;
  });

  it('the network and the kiosk bring their looks with them', async () => {
    const { showcase } = await mountShowcase('view="network"');
    expect(getComputedStyle($(showcase, '[part="network-table"]')!).borderCollapse).to.equal('collapse');
    showcase.view = 'kiosk';
    await until(() => Boolean($(showcase, 'svg.qr')));
    expect(getComputedStyle($(showcase, '[part="kiosk"]')!).display).to.equal('grid');
    expect($(showcase, 'svg.qr')!.getBoundingClientRect().width).to.be.at.most(18 * 16 + 1);
  });
});
