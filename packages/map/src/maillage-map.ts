// A page with this widget alone also needs <maillage-feed>.
import '@maillage/core/define';
import { MaillageMapElement } from './maillage-map.component.js';

export { MaillageMapElement };
MaillageMapElement.define('maillage-map');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-map': MaillageMapElement;
  }
}
