import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // The workspace packages export their TypeScript sources under the `source` condition: stories run
      // the code being edited, with no build step.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Storybook's renderer imports this entry of lit, which its list of pre-bundled dependencies lacks:
      // served unbundled, it would load a second copy of lit-html next to the pre-bundled one.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own docs renderer is a 1 MB chunk; the widgets' budgets are checked by `npm run size`.
      build: { chunkSizeWarningLimit: 1200 },
      // Vite 8 compiles TypeScript with Oxc, not esbuild. These three options are tsconfig.json's
      // `experimentalDecorators: true` and `useDefineForClassFields: false`: Lit's decorators, and fields
      // assigned in the constructor so that they do not hide Lit's reactive accessors.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
    });
  },
};

export default config;
