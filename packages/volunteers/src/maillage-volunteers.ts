import { MaillageVolunteersElement } from './maillage-volunteers.component.js';

export { MaillageVolunteersElement };
MaillageVolunteersElement.define('maillage-volunteers');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-volunteers': MaillageVolunteersElement;
  }
}
