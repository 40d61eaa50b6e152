// Records every policy violation before the widgets load, for the parent test to read.
const violations: string[] = [];
(window as unknown as { violations: string[] }).violations = violations;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
  console.warn('violation', event.violatedDirective, event.sourceFile, event.lineNumber, event.sample);
});
await import('../src/define.js');
export {};
