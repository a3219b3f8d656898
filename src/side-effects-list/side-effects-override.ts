/**
 * The validator of `<side-effects-list>` clinic overrides. Loaded with a dynamic `import()` only
 * when a clinic sets an override, so zod is never downloaded otherwise. Ids in `hide` and
 * `notes` must name a bundled side effect (the same in every language); anything else is
 * refused with its exact path, e.g. `hide[1]: unknown side effect id "foo"`.
 */
import en from '../../content/en/side-effects.json';
import { sideEffectsOverrideFor, type SideEffectsOverride } from '../content/schemas/side-effects.js';
import { validatorFor } from '../content/validate.js';
import type { OverrideValidator } from '../content/override.js';

const knownIds: ReadonlySet<string> = new Set(en.effects.map((effect) => effect.id));

export const validateSideEffectsOverride: OverrideValidator<SideEffectsOverride> = validatorFor(sideEffectsOverrideFor(knownIds));
