/**
 * The bundled side-effects content, and applying a validated clinic override to it. The merge is
 * pure: it builds new objects, never mutates or deep-merges, and looks ids up in a Map/Set so an
 * id such as "constructor" can never reach an inherited member (THREAT-MODEL C4).
 * Contraindications and the help block are kept whatever the override says.
 */
import en from '../../content/en/side-effects.json';
import { BundledContent } from '../content/bundled.js';
import type { SideEffectsContent, SideEffectsOverride } from '../content/schemas/side-effects.js';

/** English ships in the main bundle; Spanish is a separate chunk loaded on first use. */
export const sideEffectsContent = new BundledContent<SideEffectsContent>(en as SideEffectsContent, () => import('../../content/es/side-effects.json'));

export function mergeSideEffectsOverride(content: SideEffectsContent, override: SideEffectsOverride): SideEffectsContent {
  const hidden = new Set(override.hide ?? []);
  const notes = new Map((override.notes ?? []).map((note) => [note.id, note.text]));
  const effects = content.effects
    .filter((effect) => !hidden.has(effect.id))
    .map((effect) => {
      const note = notes.get(effect.id);
      return note === undefined ? effect : { ...effect, clinicNote: note };
    });
  return {
    ...content,
    effects,
    ...(override.clinicNote !== undefined ? { clinicNote: override.clinicNote } : {}),
  };
}
