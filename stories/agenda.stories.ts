import '@maillage/maillage';
import { AGENDA_VIEWS, type AgendaView } from '@maillage/agenda';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import {
  expectEmpty,
  expectError,
  expecting,
  expectLoading,
  expectReady,
  expectStale,
} from './support/expectations.js';
import { serveError, serveFeed, serveNothing, serveStaleCopy } from './support/fake-server.js';
import { HOSTILE_MARKUP, hostileFeed, manyEventsFeed, withoutActivity, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed } from './support/inline-feed.js';
import { openEveryEvent } from './support/settle.js';
import { feedOf, srcOf } from './support/widget-args.js';

/** The attributes of `<maillage-agenda>`, as a webmaster writes them. */
interface AgendaArgs {
  view: AgendaView;
  from: string;
  to: string;
  past: boolean;
  sectors: string;
  organizations: string;
  places: string;
  audience: string;
  tags: string;
  free: boolean;
  accessibility: string;
  filters: string;
  'url-state': boolean;
  seo: boolean;
  'heading-level': number;
  'page-size': number;
  limit: number;
  lang: string;
}

type Story = StoryObj<AgendaArgs>;

/**
 * The element with its attributes (an empty text leaves the attribute out, as in a pasted snippet) and the
 * content the page puts inside it.
 */
function agenda(args: AgendaArgs, src = '', content: TemplateResult | typeof nothing = nothing): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-agenda
    src=${text(src)}
    view=${args.view}
    from=${text(args.from)}
    to=${text(args.to)}
    ?past=${args.past}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    audience=${text(args.audience)}
    tags=${text(args.tags)}
    ?free=${args.free}
    accessibility=${text(args.accessibility)}
    filters=${text(args.filters)}
    ?url-state=${args['url-state']}
    ?seo=${args.seo}
    heading-level=${args['heading-level']}
    page-size=${args['page-size']}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
    >${content}</maillage-agenda
  >`;
}


/** Stories whose feed comes from a (fake) server through `src` rather than written in the page. */
const fromServer = (args: AgendaArgs, { loaded }: { loaded: Record<string, unknown> }) => agenda(args, srcOf(loaded));

const meta = {
  title: 'Widgets/Agenda',
  component: 'maillage-agenda',
  args: {
    view: 'list',
    // The fixture's events are in March 2027: a fixed start keeps the stories the same whatever the day.
    from: '2027-03-01',
    to: '',
    past: false,
    sectors: '',
    organizations: '',
    places: '',
    audience: '',
    tags: '',
    free: false,
    accessibility: '',
    filters: '',
    'url-state': false,
    seo: false,
    'heading-level': 3,
    'page-size': 30,
    limit: 0,
    lang: 'fr',
  },
  argTypes: {
    view: { control: 'inline-radio', options: [...AGENDA_VIEWS] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    filters: { control: 'text', description: '`search dates sectors organizations free co-organized accessibility`, or `none`' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  loaders: [async () => ({ feed: await fixtureFeed('agenda') })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), agenda(args)),
  parameters: expecting(expectReady),
} satisfies Meta<AgendaArgs>;

export default meta;

/** Upcoming events grouped by day, with every filter. */
export const List: Story = {};

export const Month: Story = { args: { view: 'month' } };

/** A short list for a sidebar or a home page: no filters, no details. */
export const Compact: Story = { args: { view: 'compact', limit: 3 } };

export const WithoutFilters: Story = { args: { filters: 'none' } };

export const SomeFilters: Story = { args: { filters: 'search sectors free' } };

export const English: Story = { args: { lang: 'en' } };

/** A page about culture: the sector is chosen in advance, the visitor can still change it. */
export const PresetSectors: Story = { args: { sectors: 'culture' } };

/** Every event's details open: registration, calendar links, sharing. */
export const DetailsOpen: Story = {
  play: async ({ canvasElement }) => openEveryEvent(canvasElement),
};

/**
 * A server that never answers: the loading message, with the fallback content the webmaster put inside the
 * element (a link to the agenda's page) until the feed arrives.
 */
export const Loading: Story = {
  loaders: [async () => ({ src: serveNothing('agenda-loading') })],
  render: (args, { loaded }) =>
    agenda(args, srcOf(loaded), html`<a href="https://ville.example/agenda">Voir l’agenda des associations</a>`),
  parameters: expecting(expectLoading),
};

/** The server answers 500 and the browser has no copy: the error, with a button to try again. */
export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('agenda-error', 500) })],
  render: fromServer,
  parameters: expecting(expectError),
};

/** The server fails, but a visit on 27 February 2027 left a copy: it is shown, saying from when. */
export const Stale: Story = {
  loaders: [async () => ({ src: await serveStaleCopy('agenda-stale', await fixtureFeed('agenda')) })],
  render: fromServer,
  parameters: expecting(expectStale),
};

/** A feed with no events at all. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutActivity(feedOf<FeedJson>(loaded)), agenda(args)),
  parameters: expecting(expectEmpty),
};

/** Markup, scripts and `javascript:` links in the feed's texts: shown as text or dropped, never run. */
export const HostileText: Story = {
  render: (args) => inlineFeed(hostileFeed(), agenda(args)),
  play: async ({ canvasElement }) => openEveryEvent(canvasElement),
  parameters: expecting({ ...expectReady, absent: HOSTILE_MARKUP, problems: ['unsafe-url'] }),
};

/** 10 000 events generated in the story, served as one 2.3 MB feed: a page of 30, then "show more". */
export const TenThousandEvents: Story = {
  loaders: [async () => ({ src: serveFeed('agenda-10000', manyEventsFeed(10_000)) })],
  render: fromServer,
  parameters: expecting({ ...expectReady, timeout: 30_000 }),
};

/** The demo feed of `npm start`, dated from today. */
export const DemoFeed: Story = {
  args: { from: '' },
  loaders: [async () => ({ feed: demoFeed() })],
};

export const DemoFeedMonth: Story = {
  args: { from: '', view: 'month' },
  loaders: [async () => ({ feed: demoFeed() })],
};

/** The poster: an A4 month to print, with a QR code per event. */
export const Poster: Story = {
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), html`<maillage-agenda view="poster" from="2027-03-01" lang=${args.lang || nothing}></maillage-agenda>`),
};
