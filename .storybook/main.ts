import type { StorybookConfig } from '@storybook/web-components-vite';

const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    // The project's vite.config.ts also redirects "/" to the demo page: not in Storybook.
    const plugins = (config.plugins ?? [])
      .flat(Infinity as 1)
      .filter((plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'ketamine-widgets:demo-index'));
    return mergeConfig(
      { ...config, plugins },
      {
        // One copy of Lit: stories, decorators and elements must share it.
        resolve: { dedupe: LIT_PACKAGES },
        // axe-core and Storybook's own UI make large chunks; they are not shipped to clinics.
        build: { chunkSizeWarningLimit: 2000 },
        // Pre-bundled together, so no module loads a second, raw copy of lit-html (Storybook's
        // renderer imports lit/directive-helpers.js; the elements use several directives).
        optimizeDeps: {
          include: ['lit', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/directives/*.js', 'lit/static-html.js', 'lit/decorators.js'],
        },
      },
    );
  },
};
export default config;
