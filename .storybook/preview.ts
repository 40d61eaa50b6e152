import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// `custom-elements.json` is written by `npm run build` or `npm run manifest` and is not committed. A glob
// finds nothing rather than failing when the file is missing: the docs pages then lack their tables of
// attributes, events and parts, and everything else works.
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.info('[storybook] custom-elements.json not found: run `npm run manifest` for the docs tables.');

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
