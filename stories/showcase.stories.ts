import '@maillage/maillage';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expectEmpty, expectError, expecting, expectLoading, expectReady, expectStale } from './support/expectations.js';
import { serveError, serveNothing, serveStaleCopy } from './support/fake-server.js';
import { HOSTILE_MARKUP, hostileFeed, withoutActivity, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed } from './support/inline-feed.js';
import { feedOf, srcOf, WIDGET_ARG_TYPES, WIDGET_DEFAULTS, type WidgetArgs } from './support/widget-args.js';

type ShowcaseArgs = WidgetArgs & { view: string };
type Story = StoryObj<ShowcaseArgs>;

function showcase(args: ShowcaseArgs, src = ''): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-showcase
    src=${text(src)}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
    view=${text(args.view)}
  ></maillage-showcase>`;
}

/** Who cooperates with whom: cards, a carousel, the network of organizations, and a kiosk for a hall's screen. */
const meta = {
  title: 'Widgets/Showcase',
  component: 'maillage-showcase',
  args: { ...WIDGET_DEFAULTS, view: 'grid' },
  argTypes: { ...WIDGET_ARG_TYPES, view: { control: 'inline-radio', options: ['grid', 'carousel', 'network', 'kiosk'] } },
  loaders: [async () => ({ feed: await fixtureFeed('small') })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), showcase(args)),
  parameters: expecting(expectReady),
} satisfies Meta<ShowcaseArgs>;

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

export const Carousel: Story = { args: { view: 'carousel' }, loaders: [async () => ({ feed: demoFeed() })] };

export const Network: Story = { args: { view: 'network' }, loaders: [async () => ({ feed: demoFeed() })] };

export const Kiosk: Story = { args: { view: 'kiosk' }, loaders: [async () => ({ feed: demoFeed() })] };

/** The feed has not answered yet. */
export const Loading: Story = {
  loaders: [async () => ({ src: serveNothing('showcase-loading') })],
  render: (args, { loaded }) => showcase(args, srcOf(loaded)),
  parameters: expecting(expectLoading),
};

/** The network failed: the last copy the browser kept, with its date. */
export const Stale: Story = {
  loaders: [async () => ({ src: await serveStaleCopy('showcase-stale', await fixtureFeed('small')) })],
  render: (args, { loaded }) => showcase(args, srcOf(loaded)),
  parameters: expecting(expectStale),
};

/** Markup and dangerous links in every text of the feed: shown as text, never as links. */
export const HostileText: Story = {
  render: (args) => inlineFeed(hostileFeed(), showcase(args)),
  parameters: expecting({ ...expectReady, absent: HOSTILE_MARKUP, problems: ['unsafe-url'] }),
};
