/**
 * The layout rules Leaflet's DOM needs (panes stacked and positioned, tiles hidden until loaded, controls
 * in the corners, popups), written for the widget and adopted in its shadow root with the map: a page's
 * `leaflet.css` cannot reach inside the shadow root, and only what this widget uses is here.
 * Class names are Leaflet's; the look follows the widget's tokens.
 */
export const leafletLayout = `
.leaflet-container {
  overflow: hidden;
  position: relative;
  outline-offset: -3px;
  -webkit-tap-highlight-color: transparent;
  font: inherit;
  touch-action: none;
}
.leaflet-container:focus-visible { outline: 3px solid var(--_focus); }
.leaflet-container img.leaflet-tile,
.leaflet-container .leaflet-marker-pane img { max-width: none !important; max-height: none !important; }
.leaflet-pane, .leaflet-tile, .leaflet-marker-icon, .leaflet-tile-container, .leaflet-zoom-box,
.leaflet-layer, .leaflet-pane > svg, .leaflet-pane > canvas { position: absolute; left: 0; top: 0; }
.leaflet-tile, .leaflet-marker-icon { user-select: none; -webkit-user-drag: none; }
.leaflet-tile { visibility: hidden; filter: inherit; border: 0; }
.leaflet-tile-loaded { visibility: inherit; }
.leaflet-tile-container { pointer-events: none; }
.leaflet-pane { z-index: 400; }
.leaflet-tile-pane { z-index: 200; }
.leaflet-overlay-pane { z-index: 400; }
.leaflet-shadow-pane { z-index: 500; }
.leaflet-marker-pane { z-index: 600; }
.leaflet-tooltip-pane { z-index: 650; }
.leaflet-popup-pane { z-index: 700; }
.leaflet-map-pane canvas { z-index: 100; }
.leaflet-map-pane svg { z-index: 200; }
.leaflet-zoom-animated { transform-origin: 0 0; }
.leaflet-zoom-anim .leaflet-zoom-animated { transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1); will-change: transform; }
.leaflet-zoom-anim .leaflet-tile, .leaflet-pan-anim .leaflet-tile { transition: none; }
.leaflet-zoom-anim .leaflet-zoom-hide { visibility: hidden; }
.leaflet-interactive { cursor: pointer; }
.leaflet-grab { cursor: grab; }
.leaflet-dragging .leaflet-grab, .leaflet-dragging .leaflet-marker-draggable { cursor: grabbing; }
.leaflet-marker-icon, .leaflet-image-layer, .leaflet-pane > svg path, .leaflet-tile-container { pointer-events: none; }
.leaflet-marker-icon.leaflet-interactive, .leaflet-pane > svg path.leaflet-interactive { pointer-events: auto; }
.leaflet-control { position: relative; z-index: 800; pointer-events: auto; float: left; clear: both; }
.leaflet-top, .leaflet-bottom { position: absolute; z-index: 1000; pointer-events: none; }
.leaflet-top { top: 0; }
.leaflet-bottom { bottom: 0; }
.leaflet-left { left: 0; }
.leaflet-right { right: 0; }
.leaflet-right .leaflet-control { float: right; }
.leaflet-top .leaflet-control { margin-top: 10px; }
.leaflet-bottom .leaflet-control { margin-bottom: 10px; }
.leaflet-left .leaflet-control { margin-left: 10px; }
.leaflet-right .leaflet-control { margin-right: 10px; }
.leaflet-bar { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_panel); overflow: hidden; }
.leaflet-bar a {
  display: block;
  width: 2rem;
  height: 2rem;
  line-height: 2rem;
  text-align: center;
  text-decoration: none;
  color: var(--_panel-text);
  background: var(--_panel);
  font-size: 1.2rem;
  font-weight: 700;
}
.leaflet-bar a + a { border-top: 1px solid var(--_border); }
.leaflet-bar a:hover { background: color-mix(in srgb, var(--_accent) 12%, var(--_panel)); }
.leaflet-bar a.leaflet-disabled { color: var(--_muted); cursor: default; }
.leaflet-control-attribution {
  margin: 0 !important;
  padding: 0 0.4em;
  font-size: 0.75rem;
  line-height: 1.5;
  color: #1a1a1a;
  background: rgba(255, 255, 255, 0.9);
}
.leaflet-control-attribution a { color: #0b4f8a; }
.leaflet-attribution-flag { display: none !important; }
.leaflet-popup { position: absolute; text-align: start; margin-bottom: 20px; }
.leaflet-popup-content-wrapper {
  padding: 0.1rem;
  border-radius: var(--_radius);
  background: var(--_panel);
  color: var(--_panel-text);
  box-shadow: 0 3px 14px rgba(0, 0, 0, 0.35);
}
.leaflet-popup-content { margin: 0.8rem 1.8rem 0.8rem 0.9rem; min-height: 1px; line-height: 1.4; }
.popup-close { position: absolute; top: 0.2rem; right: 0.2rem; width: 1.8rem; height: 1.8rem; border: 0; background: none; font: inherit; font-size: 1.3rem; line-height: 1; cursor: pointer; color: #333; }
.leaflet-popup-tip-container { width: 40px; height: 20px; position: absolute; left: 50%; margin-top: -1px; margin-left: -20px; overflow: hidden; pointer-events: none; }
.leaflet-popup-tip { width: 17px; height: 17px; padding: 1px; margin: -10px auto 0; transform: rotate(45deg); background: var(--_panel); box-shadow: 0 3px 14px rgba(0, 0, 0, 0.35); }
.leaflet-popup-close-button {
  position: absolute;
  top: 0.2rem;
  right: 0.2rem;
  width: 1.8rem;
  height: 1.8rem;
  display: grid;
  place-items: center;
  font: 1.3rem/1 inherit;
  text-decoration: none;
  color: var(--_muted);
  border-radius: var(--_radius);
}
.leaflet-popup-close-button:hover { color: var(--_panel-text); }
.leaflet-fade-anim .leaflet-popup { opacity: 1; transition: opacity 0.2s linear; }
.leaflet-fade-anim .leaflet-map-pane .leaflet-popup { opacity: 1; }
@media (prefers-reduced-motion: reduce) {
  .leaflet-zoom-anim .leaflet-zoom-animated, .leaflet-fade-anim .leaflet-popup { transition: none; }
}
`;
