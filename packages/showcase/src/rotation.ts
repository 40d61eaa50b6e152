/**
 * The slides of the carousel and the kiosk: which cooperation is shown, and the timer that moves on by
 * itself (the kiosk always, the carousel with `autoplay` and never with reduced motion), pausable. Created
 * by the showcase the first time one of these views is shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RotationHost extends ReactiveControllerHost, HTMLElement {
  readonly view: string;
  readonly autoplay: boolean;
  readonly interval: number;
}

export class Rotation implements ReactiveController {
  #slide = 0;
  paused = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  #settings = '';

  /** `busy` says when the slides must stay (a dialog is open). */
  constructor(
    private readonly host: RotationHost,
    private readonly busy: () => boolean,
  ) {
    host.addController(this);
  }

  get reducedMotion(): boolean {
    return this.#motion?.matches ?? false;
  }

  /** The carousel moves by itself only with `autoplay`, never with reduced motion; the kiosk rotates unless paused. */
  get moving(): boolean {
    const { view } = this.host;
    if (this.paused) return false;
    if (view === 'kiosk') return true;
    return view === 'carousel' && this.host.autoplay && !this.reducedMotion;
  }

  /** The position shown among `total` cards. */
  index(total: number): number {
    return ((this.#slide % total) + total) % total;
  }

  step(delta: number): void {
    this.#slide += delta;
    this.host.requestUpdate();
  }

  togglePause(): void {
    this.paused = !this.paused;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#restart();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostUpdate(): void {
    const { view, autoplay, interval } = this.host;
    const settings = `${view} ${autoplay} ${interval}`;
    if (settings !== this.#settings) {
      this.#settings = settings;
      this.#restart();
    }
  }

  #restart(): void {
    const { host } = this;
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (!host.isConnected || !(host.view === 'kiosk' || (host.view === 'carousel' && host.autoplay))) return;
    const seconds = Math.max(3, host.interval || 12);
    this.#timer = setInterval(() => {
      // Never move while the visitor reads with focus or pointer inside, or when a dialog is open.
      if (!this.moving || this.busy() || host.matches(':hover') || host.matches(':focus-within')) return;
      this.step(1);
    }, seconds * 1000);
  }
}
