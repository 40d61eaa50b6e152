/**
 * The map's zoom buttons, credits and popup close button, built from DOM nodes and text. Leaflet's own
 * controls write `innerHTML`, which a page enforcing Trusted Types refuses; these do the same job without it.
 */
import type { Map as LeafletMap } from 'leaflet';
import * as L from 'leaflet/dist/leaflet-src.esm.js';

export interface ZoomTexts {
  readonly zoomIn: string;
  readonly zoomOut: string;
}

function button(label: string, glyph: string, className: string, action: () => void): HTMLAnchorElement {
  // Leaflet's look for zoom buttons is an <a role="button"> in a .leaflet-bar; kept for its styles.
  const link = document.createElement('a');
  link.className = className;
  link.href = '#';
  link.setAttribute('role', 'button');
  link.setAttribute('aria-label', label);
  link.title = label;
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = glyph;
  link.append(mark);
  L.DomEvent.disableClickPropagation(link);
  L.DomEvent.on(link, 'click', (event: Event) => {
    event.preventDefault();
    action();
  });
  return link;
}

/** Zoom in and out, as `.leaflet-control-zoom` with two buttons. */
export function addZoomControl(map: LeafletMap, texts: ZoomTexts): void {
  const Zoom = L.Control.extend({
    onAdd() {
      const bar = document.createElement('div');
      bar.className = 'leaflet-control-zoom leaflet-bar leaflet-control';
      bar.append(
        button(texts.zoomIn, '+', 'leaflet-control-zoom-in', () => map.zoomIn()),
        button(texts.zoomOut, '−', 'leaflet-control-zoom-out', () => map.zoomOut()),
      );
      return bar;
    },
  });
  new Zoom({ position: 'topleft' }).addTo(map);
}

export interface Credit {
  readonly text: string;
  readonly url?: string;
}

/** The credits of the map and its tiles, as text and plain links (never markup). */
export function addCredits(map: LeafletMap, credits: readonly Credit[]): void {
  const Credits = L.Control.extend({
    onAdd() {
      const box = document.createElement('div');
      box.className = 'leaflet-control-attribution leaflet-control';
      credits.forEach((credit, index) => {
        if (index > 0) box.append(' | ');
        if (credit.url) {
          const link = document.createElement('a');
          link.href = credit.url;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
          link.textContent = credit.text;
          box.append(link);
        } else {
          box.append(credit.text);
        }
      });
      return box;
    },
  });
  new Credits({ position: 'bottomright' }).addTo(map);
}

/** A close button for a popup's content (Leaflet's own is made with innerHTML). */
export function closeButton(label: string, close: () => void): HTMLButtonElement {
  const close$ = document.createElement('button');
  close$.type = 'button';
  close$.className = 'popup-close';
  close$.setAttribute('aria-label', label);
  close$.textContent = '×';
  close$.addEventListener('click', close);
  return close$;
}
