import '@maillage/maillage';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expectEmpty, expectError, expecting, expectReady } from './support/expectations.js';
import { serveError } from './support/fake-server.js';
import { withoutActivity, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed } from './support/inline-feed.js';
import { feedOf, srcOf, WIDGET_ARG_TYPES, WIDGET_DEFAULTS, type WidgetArgs } from './support/widget-args.js';

type Story = StoryObj<WidgetArgs>;

function showcase(args: WidgetArgs, src = ''): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-showcase
    src=${text(src)}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
  ></maillage-showcase>`;
}

/** This first version of the showcase lists the cooperations between organizations. */
const meta = {
  title: 'Widgets/Showcase',
  component: 'maillage-showcase',
  args: WIDGET_DEFAULTS,
  argTypes: WIDGET_ARG_TYPES,
  loaders: [async () => ({ feed: await fixtureFeed('small') })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), showcase(args)),
  parameters: expecting(expectReady),
} satisfies Meta<WidgetArgs>;

export default meta;

export const Cooperations: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** No cooperation in the feed. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutActivity(feedOf<FeedJson>(loaded)), showcase(args)),
  parameters: expecting(expectEmpty),
};

export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('showcase-error', 500) })],
  render: (args, { loaded }) => showcase(args, srcOf(loaded)),
  parameters: expecting(expectError),
};

export const DemoFeed: Story = {
  loaders: [async () => ({ feed: demoFeed() })],
};
