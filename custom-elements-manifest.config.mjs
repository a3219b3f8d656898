// Configuration the custom-elements-manifest analyzer picks up by itself (`npm run build`,
// `npm run storybook`). Each element class names its tag in JSDoc (`@tagname`), which gives it
// a `tagName`; the base class's `emit` is `@ignore`d, so the analyzer lists only the `@fires`
// events. Two gaps remain, each closed by a small plugin below.

/**
 * Our elements register through `defineElement(tag, Class)` in `src/<tag>/define.ts`
 * (src/shared/define.ts), which the analyzer does not read as `customElements.define`: record
 * that module's custom-element-definition export, as it would for a direct define call.
 */
function definitionExports() {
  return {
    name: 'ketamine-widgets:definition-exports',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const { path, declarations } of modules) {
        for (const { name, tagName } of declarations ?? []) {
          const define = tagName && modules.find((module) => module.path === `src/${tagName}/define.ts`);
          if (define) define.exports = [{ kind: 'custom-element-definition', name: tagName, declaration: { name, module: path } }, ...(define.exports ?? [])];
        }
      }
    },
  };
}

/**
 * `static properties = { formState: { state: true } }` is internal reactive state, but the
 * analyzer lists it as an attribute. A protected or private field is never an attribute.
 */
function dropStateAttributes() {
  return {
    name: 'ketamine-widgets:drop-state-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name),
          );
          if (!hidden.size || !declaration.attributes) continue;
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          for (const member of declaration.members) if (hidden.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

export default {
  // Test helpers beside their module (e.g. src/shared/test/probe-element.ts) are not the API.
  exclude: ['src/**/test/**'],
  plugins: [definitionExports(), dropStateAttributes()],
};
