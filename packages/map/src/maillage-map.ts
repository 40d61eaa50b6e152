import { MaillageMapElement } from './maillage-map.component.js';

export { MaillageMapElement };
MaillageMapElement.define('maillage-map');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-map': MaillageMapElement;
  }
}
