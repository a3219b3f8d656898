// dist/cdn/loader.js (issue 17.4): a classic script (no `export`, no `import`) for page builders and
// optimisation plugins that drop `type="module"` or write `<script src>` by habit. It inserts
// `<script type="module" src="…/ketamine-widgets.js" integrity="…" crossorigin="anonymous">` from
// the same folder and version as itself, with the hash of that exact build, so SRI on the loader
// tag covers the module too. `data-lang="es"` on the loader tag picks the Spanish-first file.
//
// Under Trusted Types, `script.src = url` needs a TrustedScriptURL. The loader creates the one
// policy pages allow (`ketamine-widgets`) and shares it through the same global stash the library
// uses (src/shared/trusted-types.ts: `policy` + `allowed`), so the library reuses it instead of
// calling createPolicy a second time. Its createScriptURL accepts only the URL the loader built.

/** The loader's source for one build: `files` maps 'en'/'es' to { file, integrity }. */
export function cdnLoaderSource({ version, files }) {
  const defaultBase = `https://cdn.jsdelivr.net/npm/ketamine-widgets@${version}/dist/cdn/`;
  return `/*! ketamine-widgets ${version} loader: inserts the module script with its integrity. MIT */
(function () {
  "use strict";
  var FILES = ${JSON.stringify(files)};
  var DEFAULT_BASE = ${JSON.stringify(defaultBase)};
  var STASH_KEY = typeof Symbol === "function" ? Symbol.for("ketamine-widgets.trusted-types") : null;
  try {
    var me = document.currentScript;
    if (!me || !/loader\\.js(\\?|#|$)/.test(me.src || "")) {
      // A module (currentScript is null there) or a concatenated bundle: find the loader tag by URL.
      var tags = document.querySelectorAll("script[src*='loader.js']");
      me = null;
      for (var i = 0; i < tags.length; i++) if (/ketamine-widgets[@/].*loader\\.js(\\?|#|$)/.test(tags[i].src)) me = tags[i];
    }
    var base = me ? me.src.replace(/[?#].*$/, "").replace(/[^/]*$/, "") : DEFAULT_BASE;
    var lang = me && me.getAttribute("data-lang") === "es" ? "es" : "en";
    var chosen = FILES[lang];
    var url = base + chosen.file;
    var existing = document.querySelectorAll("script[type='module'][src]");
    for (var j = 0; j < existing.length; j++) if (existing[j].src === url) return;

    var src = url;
    var factory = window.trustedTypes;
    if (factory && typeof factory.createPolicy === "function" && STASH_KEY) {
      var stash = window[STASH_KEY];
      if (!stash) {
        stash = { policy: null, allowed: undefined };
        try {
          stash.policy = factory.createPolicy("ketamine-widgets", {
            createHTML: function (input) { return input; },
            createScript: function (input) {
              if (stash.allowed === undefined || input !== stash.allowed) throw new TypeError("[ketamine-widgets] the \\"ketamine-widgets\\" policy only trusts script text the library generated");
              return input;
            },
            createScriptURL: function (input) {
              if (input !== url) throw new TypeError("[ketamine-widgets] the loader's policy only trusts " + url);
              return input;
            }
          });
        } catch (error) {
          stash.policy = null;
        }
        Object.defineProperty(window, STASH_KEY, { value: stash, configurable: true, enumerable: false, writable: false });
      }
      if (stash.policy && typeof stash.policy.createScriptURL === "function") src = stash.policy.createScriptURL(url);
    }

    var script = document.createElement("script");
    script.type = "module";
    script.crossOrigin = "anonymous";
    script.integrity = chosen.integrity;
    script.src = src;
    if (me && me.parentNode) me.parentNode.insertBefore(script, me.nextSibling);
    else (document.head || document.documentElement).appendChild(script);
  } catch (error) {
    console.error("[ketamine-widgets] loader.js could not insert the module script:", error);
  }
})();
`;
}
