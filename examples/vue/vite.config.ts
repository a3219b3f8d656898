import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // The library's tags are custom elements, not Vue components.
  plugins: [
    vue({
      template: { compilerOptions: { isCustomElement: (tag) => ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'].includes(tag) } },
    }),
  ],
});
