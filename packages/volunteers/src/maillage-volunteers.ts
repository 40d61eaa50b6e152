// A page with this widget alone also needs <maillage-feed>.
import '@maillage/core/define';
import { MaillageVolunteersElement } from './maillage-volunteers.component.js';

export { MaillageVolunteersElement };
MaillageVolunteersElement.define('maillage-volunteers');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-volunteers': MaillageVolunteersElement;
  }
}
