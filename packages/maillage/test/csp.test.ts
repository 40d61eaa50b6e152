import { expect } from '@open-wc/testing';

/** The widgets on a page with a strict CSP and Trusted Types enforced (a page in a frame, sent with the policy). */
describe('a page with a strict CSP and Trusted Types', () => {
  it('draws every widget, the map included, with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = '/packages/maillage/test/csp-page.html';
    document.body.append(frame);
    try {
      const doc = () => frame.contentDocument!;
      const ready = () =>
        [...doc().querySelectorAll<HTMLElement>('maillage-agenda, maillage-map, maillage-volunteers, maillage-showcase')].every(
          (el) => el.dataset['state'] === 'ready',
        );
      const start = performance.now();
      while (!(frame.contentDocument && doc().querySelector('maillage-agenda') && ready()) && performance.now() - start < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(ready()).to.equal(true);
      // Give the map time to load Leaflet.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const agenda = doc().querySelector('maillage-agenda')!;
      expect(agenda.shadowRoot!.querySelectorAll('[part="event"]').length).to.be.greaterThan(3);
      const map = doc().querySelector('maillage-map')!;
      expect(map.shadowRoot!.textContent).to.contain('Stade municipal');
      const showcase = doc().querySelector('maillage-showcase')!;
      expect(showcase.shadowRoot!.querySelectorAll('[part="cooperation"]').length).to.be.greaterThan(0);
      // The map's controls are built without innerHTML and Leaflet's SVG probe is answered at build, so
      // Leaflet itself runs under Trusted Types.
      expect(map.shadowRoot!.querySelector('.leaflet-container')).to.exist;
      expect((frame.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
