// Configuration the custom-elements-manifest analyzer picks up by itself (`npm run build`,
// `npm run storybook`). Our elements register through `defineElement(tag, Class)`
// (src/shared/define.ts), which the analyzer does not know: without this plugin no class in
// custom-elements.json has a `tagName`, and Storybook's autodocs, IDE tooling and framework
// wrappers cannot find the elements.
import { posix } from 'node:path';

/** `defineElement('ketamine-faq', KetamineFaq)` → a custom-element-definition export. */
function defineElementCalls() {
  return {
    name: 'ketamine-widgets:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      // The class is usually imported into define.ts: point at the module that declares it.
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === className)) {
          const specifier = statement.moduleSpecifier.text.replace(/\.js$/, '.ts');
          module = posix.normalize(posix.join(posix.dirname(moduleDoc.path), specifier));
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * The base class emits every event through one helper, `emit(name, detail)`; the analyzer reads
 * that as an event literally called "name". The real events are documented with `@fires`.
 */
function dropHelperEvent() {
  return {
    name: 'ketamine-widgets:drop-emit-helper-event',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
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
  plugins: [defineElementCalls(), dropHelperEvent(), dropStateAttributes()],
};
