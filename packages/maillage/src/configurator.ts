/**
 * The configurator (demo/configurator.html): choose a widget and a feed, see the feed's problems, set the
 * view, presets, language and colours with a live preview, and copy the snippet. Built from native form
 * controls; every text from the feed is set as text.
 */
import './define.js';
import type { Problem } from '@maillage/feed';
import { iframeSnippet, scriptSnippet, SNIPPET_WIDGETS, type SnippetWidget } from './snippet.js';

const VIEWS: Record<SnippetWidget, readonly string[]> = {
  agenda: ['list', 'month', 'compact'],
  map: [],
  volunteers: ['list', 'compact', 'board'],
  showcase: ['grid', 'carousel', 'network', 'kiosk'],
};
const TITLES: Record<SnippetWidget, string> = {
  agenda: 'Agenda des associations',
  map: 'Carte des associations',
  volunteers: 'Appel à bénévoles',
  showcase: 'Coopérations entre associations',
};

function field<T extends HTMLElement>(form: HTMLFormElement, name: string): T {
  return form.elements.namedItem(name) as unknown as T;
}

export function startConfigurator(form: HTMLFormElement, preview: HTMLElement, problems: HTMLElement, output: { script: HTMLTextAreaElement; iframe: HTMLTextAreaElement }): void {
  const base = new URL('../dist/', document.baseURI).href;
  const update = (): void => {
    const widget = field<HTMLSelectElement>(form, 'widget').value as SnippetWidget;
    const views = VIEWS[widget];
    const viewSelect = field<HTMLSelectElement>(form, 'view');
    if ([...viewSelect.options].map((o) => o.value).join() !== ['', ...views].join()) {
      viewSelect.replaceChildren(
        ...['', ...views].map((view) => {
          const option = document.createElement('option');
          option.value = view;
          option.textContent = view || 'par défaut';
          return option;
        }),
      );
    }
    const src = new URL(field<HTMLInputElement>(form, 'src').value || 'feed/demo.json', document.baseURI).href;
    const attributes: Record<string, string | boolean> = {
      src,
      view: viewSelect.value,
      lang: field<HTMLInputElement>(form, 'lang').value,
      sectors: field<HTMLInputElement>(form, 'sectors').value.trim(),
      organizations: field<HTMLInputElement>(form, 'organizations').value.trim(),
      limit: field<HTMLInputElement>(form, 'limit').value,
    };
    if (widget === 'agenda') attributes['filters'] = field<HTMLInputElement>(form, 'nofilters').checked ? 'none' : '';
    const tokens = { '--maillage-accent': field<HTMLInputElement>(form, 'accent').value };
    const config = { widget, base, attributes, tokens };
    output.script.value = scriptSnippet(config);
    output.iframe.value = iframeSnippet(config, TITLES[widget]);
    // The preview is the snippet's element, made with the DOM (never parsed from the text).
    // Inside a <maillage-feed> with the same address (the same download), whose events report the problems.
    const element = document.createElement(`maillage-${widget}`);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'src') continue;
      if (value === true) element.setAttribute(name, '');
      else if (value) element.setAttribute(name, value);
    }
    element.style.setProperty('--maillage-accent', tokens['--maillage-accent']);
    const holder = document.createElement('maillage-feed');
    holder.setAttribute('src', src);
    holder.append(element);
    preview.replaceChildren(holder);
  };
  const showProblems = (event: Event): void => {
    const detail = (event as CustomEvent<{ problems: readonly Problem[]; error?: Problem | null }>).detail;
    const list = [...(detail.error ? [detail.error] : []), ...detail.problems];
    const heading = document.createElement('p');
    heading.textContent = list.length ? `${list.length} problème(s) dans ce flux :` : 'Aucun problème dans ce flux.';
    const items = list.slice(0, 50).map((problem) => {
      const item = document.createElement('li');
      item.textContent = `${problem.path || 'flux'} : ${problem.message.fr}`;
      return item;
    });
    const ul = document.createElement('ul');
    ul.append(...items);
    problems.replaceChildren(heading, ul);
  };
  document.addEventListener('maillage-feed-load', showProblems);
  document.addEventListener('maillage-feed-error', showProblems);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  for (const button of form.ownerDocument.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const area = form.ownerDocument.getElementById(button.dataset['copy']!) as HTMLTextAreaElement;
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
        button.nextElementSibling!.textContent = 'Copié.';
      } catch {
        button.nextElementSibling!.textContent = 'Sélectionné : Ctrl+C pour copier.';
      }
    });
  }
  field<HTMLSelectElement>(form, 'widget').replaceChildren(
    ...SNIPPET_WIDGETS.map((widget) => {
      const option = document.createElement('option');
      option.value = widget;
      option.textContent = TITLES[widget];
      return option;
    }),
  );
  update();
}
