import type * as z from 'zod/mini';

/** A passage whose reading grade is checked, e.g. one FAQ question and its answer. */
export interface ReadableItem {
  id: string;
  text: string;
}

/** One kind of bundled content: its file name, schema, and the passages patients read. */
export interface ContentKind<C = unknown> {
  name: string;
  /** File name inside content/<lang>/. */
  file: string;
  schema: z.ZodMiniType<C>;
  /** Passages scored for reading grade (items shorter than a sentence or two are skipped). */
  readable(content: C): ReadableItem[];
}

export function defineKind<C>(kind: ContentKind<C>): ContentKind<C> {
  return kind;
}
