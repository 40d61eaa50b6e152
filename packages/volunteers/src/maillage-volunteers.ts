// A page with this widget alone also needs <maillage-feed>.
import '@maillage/core/define';
import { useMissionReader } from '@maillage/feed';
import { MaillageVolunteersElement } from './maillage-volunteers.component.js';

// Every feed it shows has missions: their reader comes with the widget rather than after the feed.
useMissionReader();

export { MaillageVolunteersElement };
MaillageVolunteersElement.define('maillage-volunteers');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-volunteers': MaillageVolunteersElement;
  }
}
