/**
 * Registers a custom element unless the tag is already taken. Webmasters paste script tags by hand and CMSs
 * sometimes include them twice; a second registration must be a no-op, never an exception that breaks the page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Another copy of the script defined the tag between our check and our call, or the constructor is
    // already registered under another name: the page keeps working with the copy that won.
    if (!customElements.get(tag)) console.warn(`[maillage] could not define <${tag}>`, error);
  }
}
