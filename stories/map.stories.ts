import '@maillage/maillage';
import type { MapViewModule } from '@maillage/map';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expectEmpty, expectError, expecting, expectLoading, expectReady, expectStale } from './support/expectations.js';
import { serveError, serveNothing, serveStaleCopy } from './support/fake-server.js';
import { HOSTILE_MARKUP, hostileFeed, withoutPlaces, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed } from './support/inline-feed.js';
import { feedOf, srcOf, WIDGET_ARG_TYPES, WIDGET_DEFAULTS, type WidgetArgs } from './support/widget-args.js';

interface MapArgs extends WidgetArgs {
  layers: string;
  /** `none` in the stories (they run in tests without network); empty for OpenStreetMap's tiles. */
  tiles: string;
  center: string;
  zoom: string;
}

type Story = StoryObj<MapArgs>;

const MAP_DEFAULTS: MapArgs = { ...WIDGET_DEFAULTS, layers: '', tiles: 'none', center: '', zoom: '' };

function map(args: MapArgs, src = '', loader?: () => Promise<MapViewModule>): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-map
    src=${text(src)}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
    layers=${text(args.layers)}
    tiles=${text(args.tiles)}
    center=${text(args.center)}
    zoom=${text(args.zoom)}
    .mapLoader=${loader ?? null}
  ></maillage-map>`;
}

/** A feed of `count` places spread over a département, one workshop at each: enough to cluster. */
function manyPlacesFeed(count: number): FeedJson {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const places = Array.from({ length: count }, (_, i) => ({
    id: `lieu-${i + 1}`,
    name: `Salle ${i + 1}`,
    address: { locality: `Commune ${(i % 40) + 1}` },
    geo: { lat: Number((44.6 + random() * 1).toFixed(5)), lon: Number((0.1 + random() * 1.4).toFixed(5)) },
  }));
  const sectors = ['sport', 'culture', 'solidarite', 'environnement', 'education'];
  const events = places.map((place, i) => ({
    id: `atelier-${i + 1}`,
    title: `Atelier n° ${i + 1}`,
    start: '2027-03-15T10:00',
    placeId: place.id,
    sectors: [sectors[i % sectors.length]],
  }));
  return { maillage: '1', title: 'Beaucoup de lieux', language: 'fr', timezone: 'Europe/Paris', places, events };
}

/**
 * The map of places (tiles off here: the stories also run in tests without network; type an XYZ URL, or
 * empty for OpenStreetMap's, in the `tiles` control) with its legend and the list of places.
 */
const meta = {
  title: 'Widgets/Map',
  component: 'maillage-map',
  args: MAP_DEFAULTS,
  argTypes: { ...WIDGET_ARG_TYPES, layers: { control: 'text' }, tiles: { control: 'text' } },
  loaders: [async () => ({ feed: await fixtureFeed('agenda') })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), map(args)),
  parameters: expecting(expectReady),
} satisfies Meta<MapArgs>;

export default meta;

export const Ready: Story = {};

/** A place chosen in advance (`places="halle"`): its marker and list entry are pressed. */
export const PresetPlace: Story = { args: { places: 'halle' } };

/** Only the volunteer missions layer at first (`layers="missions"`); the legend adds the others. */
export const MissionsLayer: Story = { args: { layers: 'missions events' } };

/** 300 places at a low zoom: clusters with counts; pressing one zooms in. */
export const Clustered: Story = {
  loaders: [async () => ({ feed: manyPlacesFeed(300) })],
  args: { center: '45.1,0.8', zoom: '8' },
};

/** Where Leaflet cannot run (a strict CSP with Trusted Types, say): the list of places instead. */
export const ListFallback: Story = {
  render: (args, { loaded }) =>
    inlineFeed(feedOf<FeedJson>(loaded), map(args, '', () => Promise.reject(new TypeError('This document requires TrustedHTML assignment.')))),
};

/** The map and the agenda on one feed: choosing a place narrows the agenda, its sectors and dates filter the map. */
export const LinkedWithAgenda: Story = {
  render: (args, { loaded }) =>
    inlineFeed(feedOf<FeedJson>(loaded), html`${map(args)}<maillage-agenda from="2027-03-01" lang=${args.lang || nothing}></maillage-agenda>`),
};

export const English: Story = { args: { lang: 'en' } };

/** Markup and scripts in every text of the feed: shown as text. Its place has no coordinates: listed only. */
export const HostileText: Story = {
  loaders: [async () => ({ feed: hostileFeed() })],
  parameters: expecting({ ...expectReady, absent: HOSTILE_MARKUP, problems: ['unsafe-url', 'place-without-geo'] }),
};

/** A feed with no places. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutPlaces(feedOf<FeedJson>(loaded)), map(args)),
  parameters: expecting(expectEmpty),
};

export const Loading: Story = {
  loaders: [async () => ({ src: serveNothing('map-loading') })],
  render: (args, { loaded }) => map(args, srcOf(loaded)),
  parameters: expecting(expectLoading),
};

export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('map-error', 500) })],
  render: (args, { loaded }) => map(args, srcOf(loaded)),
  parameters: expecting(expectError),
};

export const DemoFeed: Story = {
  loaders: [async () => ({ feed: demoFeed() })],
};

/** The network failed: the last copy the browser kept, with its date (the map draws as usual). */
export const Stale: Story = {
  loaders: [async () => ({ src: await serveStaleCopy('map-stale', await fixtureFeed('agenda')) })],
  render: (args, { loaded }) => map(args, srcOf(loaded)),
  parameters: expecting(expectStale),
};
