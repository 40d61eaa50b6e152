// The elements register themselves with `Class.define('maillage-x')` (tolerant of a script loaded twice),
// which the analyzer does not recognise by itself: this plugin marks those classes as custom elements.
function maillageDefine() {
  return {
    name: 'maillage-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tag] = node.arguments;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.getText() !== 'define') return;
      if (!tag || !ts.isStringLiteral(tag) || !ts.isIdentifier(callee.expression)) return;
      const className = callee.expression.getText();
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: className, module: moduleDoc.path.replace(/\.ts$/, '.component.ts') },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const byName = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) byName.set(declaration.name, declaration);
      }
      for (const mod of customElementsManifest.modules) {
        for (const exported of mod.exports ?? []) {
          if (exported.kind !== 'custom-element-definition') continue;
          const declaration = byName.get(exported.declaration.name);
          if (!declaration) continue;
          declaration.customElement = true;
          declaration.tagName = exported.name;
        }
      }
      // Internal state (`state: true` in static properties, always private here) has no attribute.
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
          declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['packages/{core,agenda,map,volunteers,showcase}/src/**/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [maillageDefine()],
};
