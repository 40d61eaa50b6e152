/**
 * How many other tasks of the page ran while `work` went on. Where the browser has a task scheduler, work
 * that gives the hand back goes before ordinary tasks of its priority (it yields to input and drawing, not
 * to every timer), so more urgent tasks are counted; a few are enough, an endless chain would starve it.
 * Elsewhere the work gives the hand back with posted messages, and so does the count: messages run in the
 * order they were posted, so the two take turns whatever the load (timers may wait behind messages).
 */
export async function tasksDuring<T>(work: () => Promise<T>): Promise<{ result: T; tasks: number }> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => Promise<void> } }).scheduler;
  const channel = new MessageChannel();
  const later = (task: () => void): unknown => {
    if (scheduler?.postTask) return scheduler.postTask(task, { priority: 'user-blocking' });
    channel.port1.onmessage = task;
    channel.port2.postMessage(null);
    return undefined;
  };
  let tasks = 0;
  let working = true;
  const count = (): void => {
    if (!working || tasks >= 5) return;
    tasks++;
    later(count);
  };
  later(count);
  const result = await work();
  working = false;
  channel.port1.close();
  return { result, tasks };
}
