// Types for scripts/minify-literals.js, which vite.config.ts imports.
import type { Plugin } from 'vite';

export declare function minifyLiterals(): Plugin;
export declare function minifyCss(text: string): string;
export declare function minifyHtml(text: string, options?: { svg?: boolean }): string;
export declare function literalEdits(code: string, filename: string): { start: number; end: number; text: string }[];
export declare function applyEdits(code: string, edits: { start: number; end: number; text: string }[], filename: string): { code: string; map: object };
