/**
 * Imported first by the hydrate entry (`src/hydrate.ts`), before any element registers: elements
 * defined while the HTML is still being parsed wait for DOMContentLoaded, so the script can load
 * `async` over pre-rendered HTML (issue 18). The plain script never imports this and defines at once.
 */
import { deferDefinitionsWhileParsing } from './define.js';

deferDefinitionsWhileParsing();
