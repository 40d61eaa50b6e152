/** Widgets of the project inside `root` (not inside their shadow roots). */
export const WIDGETS = 'maillage-agenda, maillage-map, maillage-volunteers, maillage-showcase';

/** Resolves once every widget in `root` has left its loading state, or rejects after `timeout` ms. */
export async function widgetsLoaded(root: Element, timeout = 5000): Promise<HTMLElement[]> {
  const start = performance.now();
  for (;;) {
    const widgets = [...root.querySelectorAll<HTMLElement>(WIDGETS)];
    if (widgets.length && widgets.every((widget) => widget.dataset['state'] && widget.dataset['state'] !== 'loading')) {
      await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      return widgets;
    }
    if (performance.now() - start > timeout) throw new Error('the widgets are still loading');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Opens the details of every event the agendas in `root` show, as a visitor clicking each one would, and
 * waits until they are all open (the agenda may first load the code that draws them).
 */
export async function openEveryEvent(root: Element, timeout = 5000): Promise<void> {
  const closed = (agenda: Element) => [
    ...(agenda.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.toggle[aria-expanded="false"]') ?? []),
  ];
  const agendas = (await widgetsLoaded(root)).filter((widget) => widget.localName === 'maillage-agenda');
  for (const agenda of agendas) for (const button of closed(agenda)) button.click();
  const start = performance.now();
  while (agendas.some((agenda) => closed(agenda).length > 0)) {
    if (performance.now() - start > timeout) throw new Error('the details of some events did not open');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(agendas.map((agenda) => (agenda as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
}
