import { css } from 'lit';

/**
 * The map's look: the map and the list of places side by side when there is room, the list below
 * otherwise. The map's height is reserved before Leaflet loads (`--maillage-map-height`), and its plain
 * background shows when tiles are off or fail.
 */
export const mapStyles = css`
  :host {
    container-type: inline-size;
    overflow-wrap: anywhere;
    --_map-height: var(--maillage-map-height, 24rem);
    --_map-background: var(--maillage-map-background, #e6ecef);
    --_panel: var(--maillage-surface, #ffffff);
    --_panel-text: var(--maillage-map-panel-text, #1a1a1a);
    --_list-width: var(--maillage-map-list-width, 18rem);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  @container (min-width: 44rem) {
    .layout.with-map {
      grid-template-columns: minmax(0, 1fr) var(--_list-width);
    }
    .layout.with-map .places {
      max-height: calc(var(--_map-height) + 6rem);
      overflow: auto;
    }
  }
  .map-column {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    align-content: start;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    align-items: center;
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  [part='legend'] legend {
    float: left;
    font-weight: 600;
    padding: 0;
    margin-inline-end: 0.5rem;
  }
  [part='legend'] label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2rem;
    cursor: pointer;
  }
  [part='legend'] input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='map'] {
    position: relative;
    height: var(--_map-height);
    min-height: 12rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_map-background);
    overflow: hidden;
    color: var(--_panel-text);
  }
  [part='map'] .map-canvas {
    position: absolute;
    inset: 0;
    background: var(--_map-background);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .key li,
  .swatch-line {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .key .marker {
    --_size: 1.45rem;
  }
  [part='note'] {
    margin: 0;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .places-title {
    font-weight: 600;
    margin: 0 0 0.4rem;
  }
  [part='list'] {
    display: grid;
    gap: 0.25rem;
  }
  [part='place'] button {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.1rem 0.5rem;
    align-items: start;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.35rem 0.5rem;
    background: none;
    color: inherit;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    text-align: start;
    cursor: pointer;
  }
  [part='place'] button:hover {
    border-color: var(--_border);
  }
  [part='place'] button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  [part='place'] .marker {
    --_size: 1.6rem;
    grid-row: span 3;
  }
  .place-name {
    font-weight: 600;
  }
  .place-counts,
  .place-note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .place-note {
    font-style: italic;
  }

  /* Markers: shape, colour and letters of the sector, and a count. */
  .marker {
    --_size: 2.1rem;
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    width: var(--_size);
    height: var(--_size);
    color: #ffffff;
    font-weight: 700;
    font-size: calc(var(--_size) * 0.42);
    line-height: 1;
  }
  .marker::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_marker);
    border: 2px solid #ffffff;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.45);
  }
  .marker[data-shape='circle']::before {
    border-radius: 50%;
  }
  .marker[data-shape='square']::before {
    border-radius: 3px;
  }
  .marker[data-shape='diamond']::before {
    inset: 14%;
    transform: rotate(45deg);
    border-radius: 2px;
  }
  .marker[data-shape='hexagon']::before {
    border: 0;
    clip-path: polygon(25% 3%, 75% 3%, 100% 50%, 75% 97%, 25% 97%, 0 50%);
  }
  .marker .glyph {
    position: relative;
  }
  .marker .count {
    position: absolute;
    top: -0.45rem;
    right: -0.55rem;
    min-width: 1.15rem;
    padding: 0.1rem 0.25rem;
    border-radius: 999px;
    background: #1a1a1a;
    color: #ffffff;
    border: 1px solid #ffffff;
    font-size: 0.7rem;
    text-align: center;
  }
  .map-marker {
    background: none;
    border: 0;
    display: grid;
    place-items: center;
  }
  .map-marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
    border-radius: 4px;
  }
  .map-marker[aria-pressed='true'] .marker::before {
    border-color: #1a1a1a;
    border-width: 3px;
  }
  .map-marker[aria-pressed='true'] .marker {
    transform: scale(1.2);
  }
  .cluster {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: #1a1a1a;
    color: #ffffff;
    font-weight: 700;
    font-size: 0.85rem;
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 3px color-mix(in srgb, #1a1a1a 35%, transparent);
  }
  .position {
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: #1a4dbb;
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 4px rgba(26, 77, 187, 0.35);
  }
  .popup {
    display: grid;
    gap: 0.4rem;
    font-size: 0.95rem;
  }
  .popup:focus {
    outline: none;
  }
  .popup:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  .popup-title {
    font-weight: 700;
    font-size: 1.05rem;
  }
  .popup p,
  .popup ul {
    margin: 0;
  }
  .popup ul {
    padding-inline-start: 1.1rem;
  }
  .popup-section-title {
    font-weight: 600;
  }
  .popup-address,
  .popup-more,
  .popup time {
    color: color-mix(in srgb, var(--_panel-text) 75%, transparent);
  }
  .popup .button {
    justify-self: start;
    min-height: 2.25rem;
  }
  @media print {
    [part='map'],
    [part='legend'],
    .tools {
      display: none !important;
    }
  }
`;
