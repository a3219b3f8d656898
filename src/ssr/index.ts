/** `ketamine-widgets/ssr`: pre-render the elements to HTML in Node (issue 18). See docs/ssr.md. */
export { renderToString, type RenderOptions } from './render-to-string.js';
export { parseMarkup, ELEMENT_TAGS, type ElementTag, type MarkupPart, type ParsedElement } from './parse-markup.js';
