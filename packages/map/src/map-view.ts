/**
 * The map itself: Leaflet, supercluster and the layout rules Leaflet needs. This module is loaded with
 * `import()` only when a map comes near the viewport, so it is a chunk of its own and a page without a map
 * never fetches it. It knows nothing of feeds: the element gives it points, names and popups.
 */
/// <reference path="./leaflet-esm.d.ts" />
import type { Map as LeafletMap } from 'leaflet';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { ClusterFeature, ClusterProperties } from 'supercluster';
import { TwoStepClusters, type ClusterIndex, type PlaceFeature } from './clusters.js';
import { addCredits, addZoomControl, closeButton, type Credit } from './map-controls.js';
import { clusterMarkerElement, positionMarkerElement } from './markers.js';
import { leafletLayout } from './map-view.styles.js';

export interface MapPoint {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  /** The marker's accessible name and tooltip: the place's name and counts. */
  readonly label: string;
  /** Builds the marker's content (DOM nodes, never HTML text). */
  readonly icon: () => HTMLElement;
}

export interface MapTexts {
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly closePopup: string;
  readonly cluster: (count: number) => string;
}

export interface MapViewOptions {
  /** An XYZ tile URL template (`https://…/{z}/{x}/{y}.png`), or null for a plain background. */
  readonly tiles: string | null;
  /** The tile server's credit, as plain text; null with OpenStreetMap's tiles gives OpenStreetMap's credit. */
  readonly attribution: string | null;
  readonly center: readonly [number, number] | null;
  readonly zoom: number | null;
  /** The accessible name of the map region. */
  readonly label: string;
  readonly lang: string;
  readonly texts: MapTexts;
  /** A place's marker was clicked or pressed (Enter, Space). */
  readonly onActivate: (id: string, byKeyboard: boolean) => void;
}

export interface MapView {
  /** The Leaflet map, for pages that want to add their own layers. */
  readonly map: LeafletMap;
  /** Draws these places (clustered at low zoom); the first call fits the view to them unless a center was given. */
  setPoints(points: readonly MapPoint[]): void;
  /** Marks a place as chosen. */
  setSelected(id: string | null): void;
  /** Shows a place (zooming in until it leaves its cluster) with a popup; false if it is not on the map. */
  openPopup(id: string, content: HTMLElement, focus: boolean): boolean;
  /** Centres on the visitor's position and marks it. */
  showPosition(lat: number, lon: number): void;
  setTexts(label: string, texts: MapTexts, lang: string): void;
  destroy(): void;
}

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** Above this zoom every place is drawn on its own. */
const CLUSTER_MAX_ZOOM = 16;
const MAX_ZOOM = 19;
/** Metropolitan France, when there is nothing to fit. */
const DEFAULT_VIEW = { center: [46.6, 2.4] as [number, number], zoom: 5 };

let layoutSheet: CSSStyleSheet | null = null;

/** Leaflet's layout rules, adopted once per shadow root (one sheet shared by every map of the page). */
function adoptLayout(root: Document | ShadowRoot): void {
  if (!layoutSheet) {
    layoutSheet = new CSSStyleSheet();
    layoutSheet.replaceSync(leafletLayout);
  }
  if (!root.adoptedStyleSheets.includes(layoutSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, layoutSheet];
}


/**
 * A marker's accessible name: its content (the visible letters and count are hidden from assistive
 * technology, the full text is there for it), so that what is seen is part of what is heard.
 */
function nameMarker(element: HTMLElement, label: string): void {
  if (element.querySelector(':scope > .visually-hidden')) return;
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = label;
  element.append(name);
}

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Creates the map inside `host` (an empty element with a size). */
export function createMapView(host: HTMLElement, options: MapViewOptions): MapView {
  adoptLayout(host.getRootNode() as Document | ShadowRoot);
  const container = document.createElement('div');
  container.className = 'map-canvas';
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', options.label);
  host.replaceChildren(container);

  let texts = options.texts;
  let lang = options.lang;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: true,
    // The wheel scrolls the page until the visitor has clicked or focused the map.
    scrollWheelZoom: false,
    maxZoom: MAX_ZOOM,
    zoomAnimation: !reducedMotion(),
    // Popups appear at once: a fading popup is half-transparent text for a while.
    fadeAnimation: false,
    markerZoomAnimation: !reducedMotion(),
  });
  map.on('focus', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());
  map.setView(options.center ? [options.center[0], options.center[1]] : DEFAULT_VIEW.center, options.zoom ?? DEFAULT_VIEW.zoom);

  // Controls built from DOM nodes: Leaflet's write innerHTML, which Trusted Types refuse.
  addZoomControl(map, texts);
  const credits: Credit[] = [{ text: 'Leaflet', url: 'https://leafletjs.com' }];
  if (options.attribution) credits.push({ text: options.attribution });
  else if (options.tiles === OSM_TILES) credits.push({ text: '© OpenStreetMap', url: 'https://www.openstreetmap.org/copyright' });
  addCredits(map, credits);
  if (options.tiles) L.tileLayer(options.tiles, { maxZoom: MAX_ZOOM, crossOrigin: true }).addTo(map);

  const clusters = new TwoStepClusters(56, CLUSTER_MAX_ZOOM);
  const points = new Map<string, MapPoint>();
  const markers = new Map<string, L.Marker>();
  let selected: string | null = null;
  let fitted = options.center !== null;
  let positionMarker: L.Marker | null = null;
  let focusAfterDraw: L.LatLng | null = null;

  const placeMarker = (point: MapPoint): L.Marker => {
    const marker = L.marker([point.lat, point.lon], {
      icon: L.divIcon({ html: point.icon(), className: 'map-marker', iconSize: [34, 34], iconAnchor: [17, 17] }),
      keyboard: true,
      title: point.label,
      riseOnHover: true,
    });
    marker.on('add', () => {
      const element = marker.getElement()!;
      nameMarker(element, point.label);
      element.setAttribute('aria-pressed', String(point.id === selected));
      element.dataset['place'] = point.id;
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        options.onActivate(point.id, true);
      });
    });
    marker.on('click', () => options.onActivate(point.id, false));
    return marker;
  };

  const clusterMarker = (feature: ClusterFeature<Record<string, never>>, index: ClusterIndex): L.Marker => {
    const count = feature.properties.point_count;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const label = texts.cluster(count);
    const size = count >= 100 ? 48 : count >= 10 ? 42 : 36;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ html: clusterMarkerElement(count, lang), className: 'map-marker', iconSize: [size, size], iconAnchor: [size / 2, size / 2] }),
      keyboard: true,
      title: label,
    });
    const expand = (byKeyboard: boolean): void => {
      const target = Math.min(index.getClusterExpansionZoom(feature.properties.cluster_id), MAX_ZOOM);
      if (byKeyboard) focusAfterDraw = L.latLng(lat, lon);
      map.setView([lat, lon], target, { animate: !byKeyboard && !reducedMotion() });
    };
    marker.on('add', () => {
      const element = marker.getElement()!;
      nameMarker(element, label);
      element.dataset['cluster'] = String(count);
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        expand(true);
      });
    });
    marker.on('click', () => expand(false));
    return marker;
  };

  /** The markers of the current view: clusters and single places, kept when they are still there. */
  const draw = (): void => {
    const bounds = map.getBounds().pad(0.15);
    let west = bounds.getWest();
    let east = bounds.getEast();
    if (east - west >= 360) {
      west = -180;
      east = 180;
    } else {
      west = ((((west + 180) % 360) + 360) % 360) - 180;
      east = ((((east + 180) % 360) + 360) % 360) - 180;
    }
    const bbox: [number, number, number, number] = [west, Math.max(-85, bounds.getSouth()), east, Math.min(85, bounds.getNorth())];
    const zoomLevel = Math.round(map.getZoom());
    const index = clusters.at(zoomLevel);
    const features = points.size ? index.getClusters(bbox, zoomLevel) : [];
    const wanted = new Set<string>();
    for (const feature of features) {
      const properties = feature.properties as Partial<ClusterProperties> & { id?: string };
      const key = properties.cluster ? `c${zoomLevel}:${properties.cluster_id}` : `p:${properties.id}`;
      wanted.add(key);
      if (markers.has(key)) continue;
      const marker = properties.cluster
        ? clusterMarker(feature as ClusterFeature<Record<string, never>>, index)
        : placeMarker(points.get(properties.id!)!);
      markers.set(key, marker);
      marker.addTo(map);
    }
    for (const [key, marker] of markers) {
      if (wanted.has(key)) continue;
      marker.remove();
      markers.delete(key);
    }
    if (focusAfterDraw) {
      const from = map.latLngToContainerPoint(focusAfterDraw);
      focusAfterDraw = null;
      let nearest: HTMLElement | null = null;
      let best = Infinity;
      for (const marker of markers.values()) {
        const distance = map.latLngToContainerPoint(marker.getLatLng()).distanceTo(from);
        if (distance < best) {
          best = distance;
          nearest = marker.getElement() ?? null;
        }
      }
      (nearest ?? container).focus();
    }
  };
  map.on('moveend', draw);

  const fit = (): void => {
    const size = map.getSize();
    if (fitted || size.x === 0 || size.y === 0) return;
    fitted = true;
    const all = [...points.values()];
    if (!all.length) return;
    const center = (): L.LatLngExpression =>
      all.length === 1 ? [all[0]!.lat, all[0]!.lon] : L.latLngBounds(all.map((p) => [p.lat, p.lon] as [number, number])).getCenter();
    if (options.zoom !== null) map.setView(center(), options.zoom, { animate: false });
    else if (all.length === 1) map.setView(center(), 15, { animate: false });
    else map.fitBounds(L.latLngBounds(all.map((p) => [p.lat, p.lon] as [number, number])), { padding: [28, 28], maxZoom: 16, animate: false });
  };

  const resize = new ResizeObserver(() => {
    map.invalidateSize({ pan: false });
    fit();
    draw();
  });
  resize.observe(container);

  const markerOf = (id: string): L.Marker | undefined => markers.get(`p:${id}`);

  return {
    map,
    setPoints(next) {
      points.clear();
      for (const point of next) points.set(point.id, point);
      // Markers drawn from older points may have other counts or colours: all are drawn again.
      for (const marker of markers.values()) marker.remove();
      markers.clear();
      fit();
      const features = next.map((p): PlaceFeature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id } }));
      clusters.load(features, Math.round(map.getZoom()));
      draw();
    },
    setSelected(id) {
      selected = id;
      for (const [key, marker] of markers) {
        if (key.startsWith('p:')) marker.getElement()?.setAttribute('aria-pressed', String(key === `p:${id}`));
      }
    },
    openPopup(id, content, focus) {
      const point = points.get(id);
      if (!point) return false;
      const latLng = L.latLng(point.lat, point.lon);
      // Zoom in until the place leaves its cluster (beyond the clusters' last zoom, none is left).
      let target = Math.round(map.getZoom());
      while (target <= CLUSTER_MAX_ZOOM && !standsAlone(id, point, target)) target++;
      if (target !== Math.round(map.getZoom()) || !map.getBounds().contains(latLng)) {
        map.setView(latLng, Math.min(Math.max(target, map.getZoom()), MAX_ZOOM), { animate: false });
      }
      content.prepend(closeButton(texts.closePopup, () => map.closePopup()));
      const popup = L.popup({ maxWidth: 300, minWidth: 180, offset: [0, -12], autoPanPadding: [16, 16], className: 'map-popup', closeButton: false })
        .setLatLng(latLng)
        .setContent(content)
        .openOn(map);
      content.tabIndex = -1;
      // Focus inside the popup goes back to the marker when the popup closes, not to the top of the page.
      let hadFocus = false;
      content.addEventListener('focusin', () => (hadFocus = true));
      content.addEventListener('focusout', (event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !content.contains(next)) hadFocus = false;
      });
      content.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        map.closePopup(popup);
      });
      popup.on('remove', () => {
        const root = host.getRootNode() as ShadowRoot | Document;
        if (hadFocus && (!root.activeElement || content.contains(root.activeElement))) (markerOf(id)?.getElement() ?? container).focus();
      });
      if (focus) content.focus();
      return true;
    },
    showPosition(lat, lon) {
      // The visitor's position is the view now: no later fitting to the points takes it away.
      fitted = true;
      positionMarker?.remove();
      positionMarker = L.marker([lat, lon], {
        icon: L.divIcon({ html: positionMarkerElement(), className: 'map-marker', iconSize: [18, 18], iconAnchor: [9, 9] }),
        keyboard: false,
        interactive: false,
      }).addTo(map);
      map.setView([lat, lon], Math.max(map.getZoom(), 14), { animate: !reducedMotion() });
    },
    setTexts(label, nextTexts, nextLang) {
      container.setAttribute('aria-label', label);
      if (nextTexts === texts && nextLang === lang) return;
      texts = nextTexts;
      lang = nextLang;
      const controls = container.querySelectorAll<HTMLElement>('.leaflet-control-zoom a');
      controls[0]?.setAttribute('title', texts.zoomIn);
      controls[0]?.setAttribute('aria-label', texts.zoomIn);
      controls[1]?.setAttribute('title', texts.zoomOut);
      controls[1]?.setAttribute('aria-label', texts.zoomOut);
    },
    destroy() {
      resize.disconnect();
      clusters.cancel();
      // A zoom animation still running would end, 250 ms later, on panes that are gone and throw in the host
      // page (Leaflet 1.9 does not cancel that timer): it is marked over first, so its end does nothing.
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
      host.replaceChildren();
    },
  };

  function standsAlone(id: string, point: MapPoint, zoomLevel: number): boolean {
    const d = 1e-6;
    return clusters
      .at(zoomLevel)
      .getClusters([point.lon - d, point.lat - d, point.lon + d, point.lat + d], zoomLevel)
      .some((feature) => !(feature.properties as { cluster?: boolean }).cluster && (feature.properties as { id: string }).id === id);
  }
}
