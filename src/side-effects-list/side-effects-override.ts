/**
 * The validator of `<side-effects-list>` clinic overrides. Loaded with a dynamic `import()` only
 * when a clinic sets an override, so zod is never downloaded otherwise. Ids in `hide` and
 * `notes` should name a bundled side effect (the same in every language); any other id is
 * reported with its exact path, e.g. `hide[1]: unknown side effect id "foo"; ignored`, and the
 * rest of the override applies, as in every element (issue 15.5).
 */
import en from '../../content/en/side-effects.json';
import { sideEffectsOverrideSchema, type SideEffectsOverride } from '../content/schemas/side-effects.js';
import { validatorFor } from '../content/validate.js';
import { unknownIdProblems, type OverrideValidator } from '../content/override.js';

const knownIds: ReadonlySet<string> = new Set(en.effects.map((effect) => effect.id));
const validateShape = validatorFor(sideEffectsOverrideSchema);

export const validateSideEffectsOverride: OverrideValidator<SideEffectsOverride> = (data) => {
  const result = validateShape(data);
  if (!result.ok) return result;
  const problems = [
    ...(result.problems ?? []),
    ...unknownIdProblems(result.value.hide, knownIds, 'hide', 'side effect'),
    ...unknownIdProblems(
      result.value.notes?.map((note) => note.id),
      knownIds,
      'notes',
      'side effect',
    ).map((problem) => ({ ...problem, path: `${problem.path}.id` })),
  ];
  return problems.length ? { ...result, problems } : result;
};
