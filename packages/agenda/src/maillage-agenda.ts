// A page with this widget alone also needs <maillage-feed>.
import '@maillage/core/define';
import { MaillageAgendaElement } from './maillage-agenda.component.js';

export { MaillageAgendaElement };
MaillageAgendaElement.define('maillage-agenda');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-agenda': MaillageAgendaElement;
  }
}
