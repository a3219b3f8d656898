/**
 * `import 'ketamine-widgets'` registers every element and exports their classes and the pure
 * logic modules. Each element issue adds its define entry here.
 */
export { defineElement } from './shared/define.js';
export type { ContentErrorDetail } from './shared/override.js';
