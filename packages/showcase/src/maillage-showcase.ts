// A page with this widget alone also needs <maillage-feed>.
import '@maillage/core/define';
import { useCooperationReader } from '@maillage/feed';
import { MaillageShowcaseElement } from './maillage-showcase.component.js';

// Every feed it shows has cooperations: their reader comes with the widget rather than after the feed.
useCooperationReader();

export { MaillageShowcaseElement };
MaillageShowcaseElement.define('maillage-showcase');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-showcase': MaillageShowcaseElement;
  }
}
