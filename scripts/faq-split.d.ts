// Types for scripts/faq-split.js, which vite.config.ts imports.
import type { Plugin } from 'vite';

export declare const FAQ_PART: RegExp;
export declare const CITATIONS_URL: string;
export declare function faqPart(content: unknown, part: 'questions' | 'answers', server?: boolean): unknown;
export declare function faqParts(options?: { server?: boolean }): Plugin;
