import { MaillageAgendaElement } from './maillage-agenda.component.js';

export { MaillageAgendaElement };
MaillageAgendaElement.define('maillage-agenda');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-agenda': MaillageAgendaElement;
  }
}
