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

function volunteers(args: WidgetArgs, src = ''): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-volunteers
    src=${text(src)}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
  ></maillage-volunteers>`;
}

/** This first version of the volunteer call lists the open missions, the most urgent first. */
const meta = {
  title: 'Widgets/Volunteers',
  component: 'maillage-volunteers',
  args: WIDGET_DEFAULTS,
  argTypes: WIDGET_ARG_TYPES,
  loaders: [async () => ({ feed: await fixtureFeed('small') })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), volunteers(args)),
  parameters: expecting(expectReady),
} satisfies Meta<WidgetArgs>;

export default meta;

export const Missions: Story = {};

/** One organization's missions (`organizations="club"`). */
export const PresetOrganization: Story = { args: { organizations: 'club' } };

/** No open mission. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutActivity(feedOf<FeedJson>(loaded)), volunteers(args)),
  parameters: expecting(expectEmpty),
};

export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('volunteers-error', 500) })],
  render: (args, { loaded }) => volunteers(args, srcOf(loaded)),
  parameters: expecting(expectError),
};

export const DemoFeed: Story = {
  loaders: [async () => ({ feed: demoFeed() })],
};
