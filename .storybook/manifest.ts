/**
 * `custom-elements.json` (written by the custom-elements-manifest analyzer from the elements'
 * JSDoc: `npm run build`, or the `prestorybook` script) feeds the autodocs tables and controls.
 *
 * It is read through `import.meta.glob` so a checkout that has not generated it yet still starts
 * (the tables are then empty). Before Storybook sees it, it is trimmed to the public surface:
 * private, protected and static members go, and each attribute row names its property.
 */
import { COLOR_TOKENS } from '../src/shared/tokens.js';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  [key: string]: unknown;
}
interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
  [key: string]: unknown;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  [key: string]: unknown;
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; [key: string]: unknown }[];
}

const files = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const raw = Object.values(files)[0];

function isPublicField(member: Member): boolean {
  return (
    member.kind === 'field' &&
    !member.static &&
    (member.privacy === undefined || member.privacy === 'public') &&
    !member.name.startsWith('#') &&
    !member.name.startsWith('_')
  );
}

function trimDeclaration(declaration: Declaration): Declaration {
  if (!declaration.tagName) return declaration;
  const fields = (declaration.members ?? []).filter(isPublicField);
  const fieldByName = new Map(fields.map((field) => [field.name, field]));
  return {
    ...declaration,
    // Storybook shows `description` under the title; our JSDoc puts the one-liner in @summary.
    description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
    members: fields,
    // Storybook keys every row by name, so a part called `category` would replace the
    // `category` attribute. `::part(category)` is also what a designer writes in CSS.
    cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    attributes: (declaration.attributes ?? []).map((attribute) => {
      const field = attribute.fieldName ? fieldByName.get(attribute.fieldName) : undefined;
      const description = attribute.description || field?.description || '';
      const property = field && field.name !== attribute.name ? ` Property: \`${field.name}\`.` : '';
      return { ...attribute, description: `${description}${property}` };
    }),
  };
}

export const manifest: Manifest | undefined = raw && {
  ...raw,
  modules: raw.modules.map((module) => ({ ...module, declarations: module.declarations?.map(trimDeclaration) })),
};

/** The element's declaration in the manifest. */
export function declarationFor(tagName: string): Declaration | undefined {
  for (const module of manifest?.modules ?? []) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * The manifest types attributes as TypeScript text (`string | null`), which Storybook cannot map
 * to a control and shows as a JSON editor. Give the obvious control unless the story chose one.
 */
function withPlainControl(argType: any): any {
  const control = argType?.control;
  const chosen = control !== undefined && !(typeof control === 'object' && control?.type === 'object');
  const text = String(argType?.type?.name ?? '');
  if (chosen || !text) return argType;
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'null' && part !== 'undefined');
  if (parts.length !== 1) return argType;
  const kind = { string: 'text', boolean: 'boolean', number: 'number' }[parts[0]];
  return kind ? { ...argType, control: { type: kind } } : argType;
}

/** Table order: the story's own args, then what a page author sets, then styling hooks. */
const CATEGORY_ORDER = ['', 'attributes', 'properties', 'events', 'slots', 'css custom properties', 'css shadow parts'];

const COLOR_NAMES = new Set(COLOR_TOKENS.flatMap((token) => [`--kw-${token.name}`, `--kw-dark-${token.name}`]));

/**
 * Controls for the rows the manifest cannot type: a colour picker for colour tokens, a text box
 * for other custom properties. CSS parts and event rows are documentation only.
 *
 * An attribute whose property has another name (`clinic-name` / `clinicName`) appears twice in
 * the manifest. Stories set it through the camelCase property arg, so the attribute row stays in
 * the table, named, without a second control that could disagree with the first.
 */
export function enhanceControls(argTypes: Record<string, any>, component: unknown): Record<string, any> {
  const declaration = typeof component === 'string' ? declarationFor(component) : undefined;
  const mirrored = new Set((declaration?.attributes ?? []).filter((a) => a.fieldName && a.fieldName !== a.name && argTypes[a.fieldName]).map((a) => a.name));
  const result: Record<string, any> = {};
  // By category; inside one, rows with a control first, then by name.
  const order = ([name, argType]: [string, any]) => CATEGORY_ORDER.indexOf(argType?.table?.category ?? '') * 2 + (mirrored.has(name) ? 1 : 0);
  const entries = Object.entries(argTypes).sort((a, b) => order(a) - order(b) || a[0].localeCompare(b[0]));
  for (const [name, argType] of entries) {
    const category = argType?.table?.category;
    if (category === 'css custom properties') {
      result[name] = { ...argType, control: COLOR_NAMES.has(name) ? { type: 'color' } : { type: 'text' } };
    } else if (category === 'css shadow parts' || category === 'events' || (category === 'attributes' && mirrored.has(name))) {
      result[name] = { ...argType, control: false };
    } else {
      result[name] = withPlainControl(argType);
    }
  }
  return result;
}
