import { MaillageShowcaseElement } from './maillage-showcase.component.js';

export { MaillageShowcaseElement };
MaillageShowcaseElement.define('maillage-showcase');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-showcase': MaillageShowcaseElement;
  }
}
