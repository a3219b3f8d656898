// Types for scripts/chromium.js, which the TypeScript configs (vitest.storybook.config.ts) import.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
