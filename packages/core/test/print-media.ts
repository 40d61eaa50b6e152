import { expect } from '@open-wc/testing';

/**
 * Whether the test runner can emulate print media: Chromium can (through CDP, `emulateMedia`); Firefox,
 * driven over WebDriver BiDi, cannot. Tests of the print look use `withPrintRules` in both.
 */
export const canEmulateMedia = !navigator.userAgent.includes('Firefox');

/** The @media print rules of the element's styles, adopted or in <style> elements. */
export function printRules(element: Element): CSSMediaRule[] {
  const root = element.shadowRoot!;
  const found: CSSMediaRule[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && [...rule.media].includes('print')) found.push(rule);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  for (const sheet of new Set([...root.adoptedStyleSheets, ...root.styleSheets])) walk(sheet.cssRules);
  return found;
}

/**
 * Runs `check` with the element's print rules in force on the screen too (each rule's media list gets
 * `screen` for the while): the print look measured in any browser, with no media emulation.
 */
export async function withPrintRules(element: Element, check: () => void): Promise<void> {
  const rules = printRules(element);
  expect(rules.length, 'print rules in the shadow root').to.be.greaterThan(0);
  for (const rule of rules) rule.media.appendMedium('screen');
  try {
    check();
  } finally {
    for (const rule of rules) rule.media.deleteMedium('screen');
  }
}
