import { expect } from '@open-wc/testing';
import { clean, frame, mapFeed, mountMap, placeMarkers, until } from './harness.js';

// In a page of its own, where the English labels are not loaded yet: a map drawn in French, then switched to
// English, redraws its markers with the English letters of their sectors once the labels are there.

describe('<maillage-map> switched to English', () => {
  it('redraws the markers with the English letters', async () => {
    const feed = JSON.parse(JSON.stringify(await mapFeed()).replaceAll('"sport"', '"loisirs"'));
    const { map } = await mountMap('lang="fr"', { feed });
    const letters = (): string => clean(placeMarkers(map).find((m) => m.dataset['place'] === 'stade')!.querySelector('.glyph')!.textContent);
    expect(letters()).to.equal('Lo');

    map.setAttribute('lang', 'en');
    await frame();
    await map.updateComplete;
    await until(() => letters() === 'Le', 3000, 'English letters (Leisure)');
    expect(letters()).to.equal('Le');
  });
});
