import '@maillage/maillage';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expectEmpty, expectError, expecting, expectReady } from './support/expectations.js';
import { serveError } from './support/fake-server.js';
import { withoutPlaces, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed } from './support/inline-feed.js';
import { feedOf, srcOf, WIDGET_ARG_TYPES, WIDGET_DEFAULTS, type WidgetArgs } from './support/widget-args.js';

type Story = StoryObj<WidgetArgs>;

function map(args: WidgetArgs, src = ''): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-map
    src=${text(src)}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
  ></maillage-map>`;
}

/** This first version of the map is its list of places; choosing one selects it for the other widgets. */
const meta = {
  title: 'Widgets/Map',
  component: 'maillage-map',
  args: WIDGET_DEFAULTS,
  argTypes: WIDGET_ARG_TYPES,
  loaders: [async () => ({ feed: await fixtureFeed('small') })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), map(args)),
  parameters: expecting(expectReady),
} satisfies Meta<WidgetArgs>;

export default meta;

export const Places: Story = {};

/** A place chosen in advance (`places="halle"`). */
export const PresetPlace: Story = { args: { places: 'halle' } };

export const English: Story = { args: { lang: 'en' } };

/** A feed with no places. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutPlaces(feedOf<FeedJson>(loaded)), map(args)),
  parameters: expecting(expectEmpty),
};

export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('map-error', 500) })],
  render: (args, { loaded }) => map(args, srcOf(loaded)),
  parameters: expecting(expectError),
};

export const DemoFeed: Story = {
  loaders: [async () => ({ feed: demoFeed() })],
};
