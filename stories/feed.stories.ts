import '@maillage/maillage';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expectEmpty, expectError, expecting, expectReady } from './support/expectations.js';
import { serveError, serveFeed } from './support/fake-server.js';
import { withoutActivity, withoutPlaces, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed, uniqueFeedId } from './support/inline-feed.js';
import { feedOf, srcOf } from './support/widget-args.js';

/** The attributes of `<maillage-feed>` that the widgets share. */
interface FeedArgs {
  sectors: string;
  organizations: string;
  places: string;
  lang: string;
}

type Story = StoryObj<FeedArgs>;

const text = (value: string) => value || nothing;

/** The map and the agenda side by side: choosing a place on the map narrows the agenda. */
const mapAndAgenda = (args: FeedArgs, feedId = '') =>
  html`<section style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem">
    <div>
      <h2>Lieux</h2>
      <maillage-map feed=${text(feedId)} lang=${text(args.lang)}></maillage-map>
    </div>
    <div>
      <h2>Agenda</h2>
      <maillage-agenda feed=${text(feedId)} from="2027-03-01" filters="sectors" lang=${text(args.lang)}></maillage-agenda>
    </div>
  </section>`;

/**
 * `<maillage-feed>` loads a feed once and shares it, with the visitor's choices, between the widgets inside
 * it or naming its id. It draws nothing itself: its stories show widgets using it.
 */
const meta = {
  title: 'Widgets/Feed',
  component: 'maillage-feed',
  args: { sectors: '', organizations: '', places: '', lang: 'fr' },
  argTypes: { lang: { control: 'inline-radio', options: ['fr', 'en'] } },
  loaders: [async () => ({ feed: await fixtureFeed('agenda') })],
  render: (args, { loaded }) =>
    inlineFeed(feedOf<FeedJson>(loaded), mapAndAgenda(args), {
      sectors: args.sectors,
      organizations: args.organizations,
      places: args.places,
    }),
  parameters: expecting(expectReady),
} satisfies Meta<FeedArgs>;

export default meta;

/** The feed written inside `<maillage-feed>`, with two widgets inside it. */
export const TwoWidgetsInside: Story = {};

/** The feed's place chosen in advance on `<maillage-feed places="halle">`: both widgets follow. */
export const PresetPlace: Story = { args: { places: 'halle' } };

/**
 * The feed loaded from its address by a `<maillage-feed id>`, and widgets elsewhere in the page that name
 * it with `feed="ID"`: separate blocks of a CMS page, one download, one selection.
 */
export const LinkedById: Story = {
  loaders: [async () => ({ src: serveFeed('feed-linked', await fixtureFeed('agenda')) })],
  render: (args, { loaded }) => {
    const id = uniqueFeedId('vie-asso');
    return html`<maillage-feed
        id=${id}
        src=${srcOf(loaded)}
        sectors=${text(args.sectors)}
        organizations=${text(args.organizations)}
        places=${text(args.places)}
      ></maillage-feed>
      <p>Un bloc de texte de la page, entre les widgets.</p>
      ${mapAndAgenda(args, id)}`;
  },
};

/** Every widget on the demo feed, linked by id. */
export const AllWidgets: Story = {
  loaders: [async () => ({ src: serveFeed('feed-demo', demoFeed()) })],
  render: (args, { loaded }) => {
    const id = uniqueFeedId('demo');
    const lang = text(args.lang);
    return html`<maillage-feed id=${id} src=${srcOf(loaded)}></maillage-feed>
      <h2>Agenda</h2>
      <!-- The compact list's titles are one level below heading-level: under an h2, they are h3. -->
      <maillage-agenda feed=${id} view="compact" limit="5" heading-level="2" lang=${lang}></maillage-agenda>
      <h2>Lieux</h2>
      <maillage-map feed=${id} lang=${lang}></maillage-map>
      <h2>Bénévolat</h2>
      <maillage-volunteers feed=${id} limit="5" lang=${lang}></maillage-volunteers>
      <h2>Coopérations</h2>
      <maillage-showcase feed=${id} lang=${lang}></maillage-showcase>`;
  },
};

/** A feed with nothing in it yet: both widgets say so. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutPlaces(withoutActivity(feedOf<FeedJson>(loaded))), mapAndAgenda(args)),
  parameters: expecting(expectEmpty),
};

/** The feed's server answers 500: every widget on it shows the error. */
export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('feed-error', 500) })],
  render: (args, { loaded }) => {
    const id = uniqueFeedId('en-panne');
    return html`<maillage-feed id=${id} src=${srcOf(loaded)}></maillage-feed>${mapAndAgenda(args, id)}`;
  },
  parameters: expecting(expectError),
};

/** A widget naming a `<maillage-feed>` id that the page does not have: it tells the webmaster. */
export const FeedNotFound: Story = {
  render: (args) => html`<maillage-agenda feed="pas-de-flux-ici" lang=${text(args.lang)}></maillage-agenda>`,
  parameters: expecting({ state: 'missing', status: 'missing' }),
};
