/**
 * Long work in slices: a few milliseconds of work, then the page gets the hand back (to draw, to answer a
 * click) before the next slice. A feed of 10 000 events is read and prepared this way without a long task.
 */

/** Longest time spent working before the page gets the hand back. */
export const SLICE_MS = 8;

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** A new task: the browser may draw and handle input before it starts. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message is a task without setTimeout's 4 ms clamp; outside a page, timers do.
  if (typeof document !== 'object' || typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * As `inSlices`, with the first slice run now: null when that was enough (a small feed), else the promise of
 * the rest. For work a widget does before drawing, so that a small feed draws in the same frame as always.
 */
export function inSlicesFromNow(steps: Iterator<void, void>, sliceMs = SLICE_MS): Promise<void> | null {
  const sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return null;
    if (performance.now() - sliceStart >= sliceMs) return nextTask().then(() => inSlices(steps, sliceMs));
  }
}

/**
 * Runs `steps` (a generator that pauses where a slice may end) to its end, a slice at a time. A generator
 * that needs something fetched first yields what it needs, and `fetch` gets it before the work goes on.
 */
export async function inSlices<T, N = never>(
  steps: Iterator<N | void, T>,
  sliceMs = SLICE_MS,
  fetch?: (need: N) => Promise<void>,
  sliceStart = performance.now(),
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value !== undefined && fetch) {
      await fetch(step.value);
      sliceStart = performance.now();
    } else if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/** Runs `task` when the page is idle (within a second in any case); returns what cancels it. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}
