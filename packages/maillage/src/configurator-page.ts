// The script of demo/configurator.html.
import { startConfigurator } from './configurator.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
startConfigurator($<HTMLFormElement>('settings'), $('preview'), $('problems'), {
  script: $<HTMLTextAreaElement>('snippet-script'),
  iframe: $<HTMLTextAreaElement>('snippet-iframe'),
});
