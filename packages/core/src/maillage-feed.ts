import { MaillageFeedElement } from './maillage-feed.component.js';

export { MaillageFeedElement };
MaillageFeedElement.define('maillage-feed');

declare global {
  interface HTMLElementTagNameMap {
    'maillage-feed': MaillageFeedElement;
  }
}
