// A page with this widget alone also needs <maillage-feed>.
import '@maillage/core/define';
import { MaillageShowcaseElement } from './maillage-showcase.component.js';

export { MaillageShowcaseElement };
MaillageShowcaseElement.define('maillage-showcase');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-showcase': MaillageShowcaseElement;
  }
}
