// The stories of Storybook, reused as test fixtures: every story is drawn as Storybook would draw it
// (default args merged with the story's, loaders, decorators, render, play), waits until its widgets reach
// the state the story announces in `parameters.maillage`, then goes through axe.
import { expect, fixture, html } from '@open-wc/testing';
import type { StoryExpectation } from '../../../stories/support/expectations.js';
import { WIDGETS } from '../../../stories/support/settle.js';
import * as agendaStories from '../../../stories/agenda.stories.js';
import * as feedStories from '../../../stories/feed.stories.js';
import * as mapStories from '../../../stories/map.stories.js';
import * as showcaseStories from '../../../stories/showcase.stories.js';
import * as volunteersStories from '../../../stories/volunteers.stories.js';

// Browsers cannot list a folder: a new file in stories/ must be added here (Storybook finds it by itself).
const STORY_FILES: Record<string, Record<string, unknown>> = {
  'agenda.stories.ts': agendaStories,
  'feed.stories.ts': feedStories,
  'map.stories.ts': mapStories,
  'showcase.stories.ts': showcaseStories,
  'volunteers.stories.ts': volunteersStories,
};

// What this file needs of Storybook's CSF types, which are written for Storybook's own runtime.
type Args = Record<string, unknown>;
interface Context {
  args: Args;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  id: string;
  name: string;
  title: string;
  viewMode: 'story';
  canvasElement?: HTMLElement;
}
type Render = (args: Args, context: Context) => unknown;
type Loader = (context: Context) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
type Decorator = (story: () => unknown, context: Context) => unknown;
interface StoryAnnotations {
  name?: string;
  title?: string;
  args?: Args;
  parameters?: Record<string, unknown> & { maillage?: Partial<StoryExpectation> };
  loaders?: Loader | Loader[];
  decorators?: Decorator | Decorator[];
  render?: Render;
  play?: (context: Context & { canvasElement: HTMLElement }) => Promise<unknown> | unknown;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The stories of a CSF module: its named exports, in the order Storybook lists them. */
function storiesOf(module: Record<string, unknown>): [string, StoryAnnotations][] {
  const order = (module['__namedExportsOrder'] as string[] | undefined) ?? Object.keys(module);
  return order.filter((name) => name !== 'default' && name !== '__namedExportsOrder').map((name) => [name, module[name] as StoryAnnotations]);
}

/** Draws a story into a fixture, as Storybook composes it: meta then story, story decorators innermost. */
async function draw(meta: StoryAnnotations, story: StoryAnnotations, name: string): Promise<{ root: HTMLElement; expectation: StoryExpectation }> {
  const args: Args = { ...meta.args, ...story.args };
  const maillage = { ...meta.parameters?.maillage, ...story.parameters?.maillage } as StoryExpectation;
  const parameters = { ...meta.parameters, ...story.parameters, maillage };
  const context: Context = { args, parameters, loaded: {}, id: name, name: story.name ?? name, title: meta.title ?? '', viewMode: 'story' };
  const results = await Promise.all([...list(meta.loaders), ...list(story.loaders)].map((loader) => loader(context)));
  context.loaded = Object.assign({}, ...results);
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${name}: no render function`);
  let storyFn = (): unknown => render(args, context);
  for (const decorator of [...list(story.decorators), ...list(meta.decorators)]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const root = await fixture<HTMLElement>(html`<div>${storyFn()}</div>`);
  const play = story.play ?? meta.play;
  if (play) await play({ ...context, canvasElement: root });
  return { root, expectation: maillage };
}

const statusOf = (widget: Element) => widget.shadowRoot?.querySelector<HTMLElement>('[part="status"]')?.dataset['kind'];

/** Waits until every widget of the story shows what the story announces. */
async function settled(root: HTMLElement, expectation: StoryExpectation): Promise<HTMLElement[]> {
  const timeout = expectation.timeout ?? 5000;
  const start = performance.now();
  const done = (widget: HTMLElement) =>
    widget.dataset['state'] === expectation.state && statusOf(widget) === expectation.status;
  for (;;) {
    const widgets = [...root.querySelectorAll<HTMLElement>(WIDGETS)];
    if (widgets.length && widgets.every(done)) {
      await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      // Settled, not just passing through: the same state after the updates it started.
      if (widgets.every(done)) return widgets;
    }
    if (performance.now() - start > timeout) {
      const seen = widgets.map((w) => `<${w.localName}> data-state=${w.dataset['state']} status=${statusOf(w) ?? 'none'}`);
      throw new Error(
        `expected data-state=${expectation.state} status=${expectation.status ?? 'none'} within ${timeout} ms; saw ${seen.join(', ') || 'no widget'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// A feed's text must never run: any alert() from a story fails it.
const alerts: unknown[] = [];
const realAlert = window.alert;
// The feed problems that widgets report to the webmaster in the console, checked against the story's list.
const problems: string[] = [];
const realWarn = console.warn;
before(() => {
  window.alert = (message?: unknown) => void alerts.push(message);
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('[maillage]') && Array.isArray(args[1])) {
      for (const problem of args[1] as { code?: unknown }[]) problems.push(String(problem.code));
      return;
    }
    realWarn.apply(console, args);
  };
});
after(() => {
  window.alert = realAlert;
  console.warn = realWarn;
});

for (const [file, module] of Object.entries(STORY_FILES)) {
  const meta = module['default'] as StoryAnnotations;
  describe(`stories/${file} (${meta.title})`, () => {
    for (const [name, story] of storiesOf(module)) {
      const expectation = { ...meta.parameters?.maillage, ...story.parameters?.maillage } as StoryExpectation;
      const description =
        expectation.status === undefined ? expectation.state : `${expectation.state}, ${expectation.status}`;
      it(`${name}: ${description}, and passes axe`, async function () {
        this.timeout((expectation.timeout ?? 5000) + 10_000);
        alerts.length = 0;
        problems.length = 0;
        const { root } = await draw(meta, story, name);
        const widgets = await settled(root, expectation);
        if (expectation.absent) {
          for (const widget of widgets) {
            const found = [...widget.shadowRoot!.querySelectorAll(expectation.absent)].map((el) => el.outerHTML.slice(0, 120));
            expect(found, `<${widget.localName}> holds markup from the feed`).to.deep.equal([]);
          }
        }
        expect(alerts, 'alert() was called').to.deep.equal([]);
        expect([...new Set(problems)].sort(), 'feed problems reported').to.deep.equal([...(expectation.problems ?? [])].sort());
        await expect(root).to.be.accessible();
      });
    }
  });
}
