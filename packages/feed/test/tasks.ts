/**
 * How many other tasks of the page ran while `work` went on. Where the browser has a task scheduler, work
 * that gives the hand back goes before ordinary tasks of its priority (it yields to input and drawing, not
 * to every timer), so more urgent tasks are counted; a few are enough, an endless chain would starve it.
 */
export async function tasksDuring<T>(work: () => Promise<T>): Promise<{ result: T; tasks: number }> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => Promise<void> } }).scheduler;
  const later = (task: () => void): unknown =>
    scheduler?.postTask ? scheduler.postTask(task, { priority: 'user-blocking' }) : setTimeout(task, 0);
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
  return { result, tasks };
}
