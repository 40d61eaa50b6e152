import '@maillage/maillage';
import { VOLUNTEERS_VIEWS, type MaillageVolunteersElement, type VolunteersView } from '@maillage/volunteers';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expectEmpty, expectError, expecting, expectLoading, expectReady, expectStale } from './support/expectations.js';
import { serveError, serveNothing, serveStaleCopy } from './support/fake-server.js';
import { HOSTILE_MARKUP, hostileFeed, withoutActivity, type FeedJson } from './support/feed-json.js';
import { demoFeed, fixtureFeed } from './support/fixtures.js';
import { inlineFeed } from './support/inline-feed.js';
import { widgetsLoaded } from './support/settle.js';
import { feedOf, srcOf, WIDGET_ARG_TYPES, WIDGET_DEFAULTS, type WidgetArgs } from './support/widget-args.js';

/** The attributes of `<maillage-volunteers>`, as a webmaster writes them. */
interface VolunteersArgs extends WidgetArgs {
  view: VolunteersView;
  skills: string;
  event: string;
  filters: string;
  'signup-min-seconds': number;
}

type Story = StoryObj<VolunteersArgs>;

function volunteers(args: VolunteersArgs, src = ''): TemplateResult {
  const text = (value: string) => value || nothing;
  return html`<maillage-volunteers
    src=${text(src)}
    view=${args.view}
    sectors=${text(args.sectors)}
    organizations=${text(args.organizations)}
    places=${text(args.places)}
    skills=${text(args.skills)}
    event=${text(args.event)}
    filters=${text(args.filters)}
    signup-min-seconds=${args['signup-min-seconds']}
    limit=${args.limit || nothing}
    lang=${text(args.lang)}
  ></maillage-volunteers>`;
}

/**
 * An address under a reserved domain that no network reaches: a sign-up sent there fails at once, as when an
 * association's receiver is down.
 */
const UNREACHABLE_ENDPOINT = 'https://signup.maillage.invalid/api/signups';

/**
 * The fixture feed of the packages, with what a sign-up needs: a receiver that is down, addresses, a phone,
 * a privacy page, skills and places to fill. Its missions are recurring, so the stories never go out of date.
 */
async function signupFeed(): Promise<FeedJson> {
  const feed = await fixtureFeed('small');
  const organizations = feed['organizations'] as Record<string, unknown>[];
  organizations[0]!['privacyUrl'] = 'https://union-sportive.example/confidentialite';
  organizations[0]!['email'] = 'contact@union-sportive.example';
  const missions = feed['missions'] as Record<string, unknown>[];
  Object.assign(missions[0]!, {
    skills: ['accueil', 'tenue de caisse'],
    minAge: 16,
    beginnerFriendly: true,
    signup: { endpoint: UNREACHABLE_ENDPOINT },
  });
  Object.assign(missions[1]!, { skills: ['accueil'], contact: { phone: '05 53 00 00 00', url: 'https://epicerie.example/benevoles' } });
  missions.push({
    id: 'affiches',
    title: 'Dessiner les affiches',
    organizationId: 'media',
    type: 'recurring',
    schedule: 'Quand vous voulez, depuis chez vous',
    remote: 'full',
    skills: ['graphisme'],
    contact: { email: 'mediatheque@test-sur-lisle.example' },
  });
  return feed;
}

/** Waits for the widget, then opens the sign-up form of its first mission with one. */
async function openFirstForm(canvas: HTMLElement): Promise<MaillageVolunteersElement> {
  const [widget] = (await widgetsLoaded(canvas)) as MaillageVolunteersElement[];
  await widget!.openSignup('buvette');
  return widget!;
}

const meta = {
  title: 'Widgets/Volunteers',
  component: 'maillage-volunteers',
  args: { ...WIDGET_DEFAULTS, view: 'list', skills: '', event: '', filters: '', 'signup-min-seconds': 3 },
  argTypes: {
    ...WIDGET_ARG_TYPES,
    view: { control: 'inline-radio', options: [...VOLUNTEERS_VIEWS] },
    filters: { control: 'text', description: '`skills availability kind sectors organizations remote`, or `none`' },
  },
  loaders: [async () => ({ feed: await signupFeed() })],
  render: (args, { loaded }) => inlineFeed(feedOf<FeedJson>(loaded), volunteers(args)),
  parameters: expecting(expectReady),
} satisfies Meta<VolunteersArgs>;

export default meta;

/** Open missions, the most urgent first, with places left and every control. */
export const Missions: Story = {};

/** A short list for a sidebar: no controls, five missions at most. */
export const Compact: Story = { args: { view: 'compact' } };

/** Large type for a notice screen in a library or a tiers-lieu: no buttons, the way to answer written out. */
export const Board: Story = { args: { view: 'board' } };

/** One organization's missions (`organizations="club"`). */
export const PresetOrganization: Story = { args: { organizations: 'club' } };

/** Missions asking for a skill (`skills="accueil"`); the visitor can untick it. */
export const PresetSkills: Story = { args: { skills: 'accueil' } };

export const English: Story = { args: { lang: 'en' } };

/** "Je me propose": the sign-up form, open. */
export const DialogOpen: Story = {
  play: async ({ canvasElement }) => {
    await openFirstForm(canvasElement);
  },
};

/**
 * The association's receiver is down: the form stays filled, says what happened, and offers the same text
 * by email or to copy.
 */
export const SendFailure: Story = {
  args: { 'signup-min-seconds': 0 },
  play: async ({ canvasElement }) => {
    const widget = await openFirstForm(canvasElement);
    const root = widget.shadowRoot!;
    const fill = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('signup-name', 'Camille Martin');
    fill('signup-email', 'camille@example.org');
    fill('signup-message', 'Je peux venir un samedi sur deux.');
    root.querySelector<HTMLInputElement>('#signup-consent')!.click();
    root.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click();
    const start = performance.now();
    while (!root.querySelector('#signup-failure') && performance.now() - start < 15_000) await new Promise((r) => setTimeout(r, 50));
    await widget.updateComplete;
  },
  parameters: expecting({ ...expectReady, timeout: 20_000 }),
};

/** No open mission. */
export const Empty: Story = {
  render: (args, { loaded }) => inlineFeed(withoutActivity(feedOf<FeedJson>(loaded)), volunteers(args)),
  parameters: expecting(expectEmpty),
};

/** Markup and `javascript:` links in the feed's texts: shown as text or dropped, never run. */
export const HostileText: Story = {
  render: (args) => inlineFeed(hostileFeed(), volunteers(args)),
  parameters: expecting({ ...expectReady, absent: HOSTILE_MARKUP, problems: ['unsafe-url'] }),
};

export const LoadError: Story = {
  loaders: [async () => ({ src: serveError('volunteers-error', 500) })],
  render: (args, { loaded }) => volunteers(args, srcOf(loaded)),
  parameters: expecting(expectError),
};

/** The demo feed of `npm start`, dated from today: its sign-ups go to the receiver on port 8787. */
export const DemoFeed: Story = {
  loaders: [async () => ({ feed: demoFeed() })],
};

/** The feed has not answered yet. */
export const Loading: Story = {
  loaders: [async () => ({ src: serveNothing('volunteers-loading') })],
  render: (args, { loaded }) => volunteers(args, srcOf(loaded)),
  parameters: expecting(expectLoading),
};

/** The network failed: the last copy the browser kept, with its date. */
export const Stale: Story = {
  loaders: [async () => ({ src: await serveStaleCopy('volunteers-stale', await fixtureFeed('small')) })],
  render: (args, { loaded }) => volunteers(args, srcOf(loaded)),
  parameters: expecting(expectStale),
};
