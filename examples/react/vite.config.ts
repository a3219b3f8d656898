import { defineConfig } from 'vite';

// No React plugin: Vite's own transform compiles the JSX (automatic runtime), which is all a
// production build needs. Add @vitejs/plugin-react in your app for Fast Refresh while developing.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
