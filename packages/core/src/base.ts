import { LitElement } from 'lit';
import { defineElement } from './define.js';
import type { MaillageEventMap } from './events.js';

type DetailOf<K extends keyof MaillageEventMap> = MaillageEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The base of every Maillage element: typed events and a registration that tolerates duplicates. */
export class MaillageElement extends LitElement {
  /** Registers this class under `tag` unless the tag is already defined. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /** Dispatches a bubbling, composed, cancelable `maillage-*` event; returns false if it was cancelled. */
  emit<K extends keyof MaillageEventMap>(name: K, detail: DetailOf<K>): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true });
    return this.dispatchEvent(event);
  }
}
