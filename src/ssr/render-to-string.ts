/**
 * `ketamine-widgets/ssr` (issue 18): the elements as a clinic writes them → the same HTML with
 * their content in it, for pages that must work without JavaScript and paint without waiting for
 * a script. Node only.
 *
 * - `<ketamine-faq>` and `<side-effects-list>` are rendered by `@lit-labs/ssr` into declarative
 *   shadow DOM: the same first frame the script renders, with every FAQ answer in the HTML.
 * - `<cost-estimator>` and `<candidacy-quiz>` cannot work without a script: they get light-DOM
 *   fallback children (title, intro, the clinic's phone, a "needs JavaScript" line, the disclaimer
 *   and the crisis line). Once the script defines the element, its shadow root hides them.
 * - `<ketamine-faq structured-data>`: one FAQPage JSON-LD script after the markup.
 *
 * - The page config script in `markup` (or `options.pageConfig`) fills what each element leaves
 *   unset, as in the browser, and an element with `src` gets the bundled content (the browser's
 *   first frame while the file loads): the HTML is what the hydrate script renders first (docs/ssr.md).
 *
 * Never throws for bad attributes or a bad inline override: like the browser, it reports them
 * with `console.error` (element, source, field) and renders the bundled content.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import esCommon from '../../content/es/common.json';
import enCommon from '../../content/en/common.json';
import enCost from '../../content/en/cost.json';
import esCost from '../../content/es/cost.json';
import enQuiz from '../../content/en/quiz.json';
import esQuiz from '../../content/es/quiz.json';
import { langFromTag, type Lang } from '../content/lang.js';
import { formatContentError, parseOverrideJson, type OverrideValidator } from '../content/override.js';
import type { CommonContent } from '../content/schemas/common.js';
import type { FaqDocument, FaqOverride } from '../content/schemas/faq.js';
import { validateFaqOverride } from '../ketamine-faq/faq-override.js';
import { installCitations } from '../ketamine-faq/faq-citations.js';
import { faqContent, mergeFaqOverride } from '../ketamine-faq/faq-content.js';
import { renderCitations } from '../shared/citations.js';
import { faqPageJson } from '../ketamine-faq/faq-json-ld.js';
import { indexCategories, parseCategoryList, shownItems } from '../ketamine-faq/faq-view.js';
import '../ketamine-faq/define.js';
import '../side-effects-list/define.js';
import { validateSideEffectsOverride } from '../side-effects-list/side-effects-override.js';
import { sideEffectsContent } from '../side-effects-list/side-effects-content.js';
import { commonContent } from '../shared/common-content.js';
import { linkDialingCodes } from '../shared/dialing-codes.js';
import { DEFAULT_HEADING_LEVEL, validHeadingLevel } from '../shared/heading.js';
import { PAGE_CONFIG_ID, pageConfigValue, type PageConfig } from '../shared/page-config.js';
import { markServerValidated, withServerPageConfig } from '../shared/server-override.js';
import { telHref } from '../shared/safe-url.js';
import { fillTemplate } from '../shared/template.js';
import { STRUCTURED_DATA_ATTRIBUTE } from '../ketamine-faq/faq-structured-data.js';
import { escapeHtml, isSafeAttributeName, jsonScriptText, parseMarkup, type ParsedElement } from './parse-markup.js';

export interface RenderOptions {
  /**
   * The page's language, for elements without a `lang` attribute: `en` (default) or `es`. It is
   * written onto those elements, so the script, which would otherwise read the page's `<html lang>`,
   * renders the same language when it takes over.
   */
  lang?: string;
  /**
   * The page config (`<script type="application/json" id="ketamine-widgets-config">`, docs/clinic-config.md)
   * as JSON text or an object, for pages whose config script is not in `markup` (a site layout).
   * A config script in `markup` wins. The elements are rendered with the values it gives, as the
   * script will render them in the page, so hydration finds the same content.
   */
  pageConfig?: string | object;
}

const VALIDATORS: Partial<Record<ParsedElement['tag'], OverrideValidator<unknown>>> = {
  'ketamine-faq': validateFaqOverride as OverrideValidator<unknown>,
  'side-effects-list': validateSideEffectsOverride as OverrideValidator<unknown>,
};

/** Bundled content in both languages, loaded before the synchronous server render peeks at it. */
let preloaded: Promise<unknown> | undefined;
function preloadContent(): Promise<unknown> {
  preloaded ??= Promise.all([faqContent.load('es'), sideEffectsContent.load('es'), commonContent.load('es')]);
  return preloaded;
}

function reportError(element: string, source: string, path: string, message: string): void {
  console.error(formatContentError({ element, source: source as 'attribute', path, message }));
}

// The browser's FAQ gets its source lists with the answers chunk; the server renders them at once.
installCitations(renderCitations);

const NO_PAGE_CONFIG: PageConfig = { version: 0, data: null, problems: [], reported: true };

/**
 * The page config the browser will read: the script in `markup`, else `options.pageConfig`. Bad
 * JSON is reported here as in the browser; its other mistakes (unknown keys) are reported by each
 * element's property step, as in the browser.
 */
function readServerPageConfig(markup: string, option: RenderOptions['pageConfig']): PageConfig {
  const text =
    jsonScriptText(markup, PAGE_CONFIG_ID) ?? (option === undefined || option === null ? null : typeof option === 'string' ? option : JSON.stringify(option));
  if (text === null) return NO_PAGE_CONFIG;
  const parsed = parseOverrideJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    reportError('ketamine-widgets', 'page-config', parsed.ok ? '' : parsed.path, parsed.ok ? 'expected a JSON object' : parsed.message);
    return NO_PAGE_CONFIG;
  }
  return { version: 1, data: parsed.value as Record<string, unknown>, problems: [], reported: true };
}

/** A template for one element whose strings are built here from checked names and escaped values. */
function elementTemplate(tag: string, attributes: readonly [string, string][], children: string, content: unknown): TemplateResult {
  const open = `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}`;
  const strings = content === undefined ? [`${open}>${children}</${tag}>`] : [`${open} .content=`, `>${children}</${tag}>`];
  // Lit accepts only real template-literal arrays (a guard against injected markup); these strings
  // are built from an allow-listed tag, checked attribute names and escaped values.
  const templateStrings = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  return content === undefined ? html(templateStrings) : html(templateStrings, content);
}

function scriptChild(json: string | null): string {
  if (json === null || /<!--|<\/script/i.test(json)) return '';
  return `<script type="application/json">${json}</script>`;
}

/** Attributes written back: names a browser would accept, no event handlers. */
function checkedAttributes(element: ParsedElement, lang: Lang | null): [string, string][] {
  const kept = element.attributes.filter(([name]) => {
    if (isSafeAttributeName(name)) return true;
    reportError(element.tag, 'attribute', name.slice(0, 40), 'dropped: not an attribute this element reads');
    return false;
  });
  if (lang && !kept.some(([name]) => name === 'lang')) kept.push(['lang', lang]);
  return kept;
}

function attribute(element: ParsedElement, name: string): string | null {
  return element.attributes.find(([key]) => key === name)?.[1] ?? null;
}

/** The element's attribute, else the text the page config gives it (the browser's precedence). */
function configuredAttribute(element: ParsedElement, name: string, config: PageConfig): string | null {
  const own = attribute(element, name);
  if (own !== null) return own;
  const value = pageConfigValue(config, element.tag, name)?.value;
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : null;
}

/** A boolean attribute the page config turns on (`true`, or any text, as the property step reads it). */
function configuredFlag(element: ParsedElement, name: string, config: PageConfig): boolean {
  const value = pageConfigValue(config, element.tag, name)?.value;
  return value === true || typeof value === 'string';
}

/**
 * The validated inline override, or undefined (reported) when there is none or it is refused.
 * With `src` (attribute or page config), none: in the browser `src` wins over the inline script,
 * and the server cannot fetch it, so the HTML holds the bundled content, which is also what the
 * script renders while the file loads (docs/ssr.md).
 */
function serverOverride(element: ParsedElement, config: PageConfig): object | undefined {
  const validate = VALIDATORS[element.tag];
  if (!validate) return undefined;
  if (configuredAttribute(element, 'src', config)) {
    console.warn(`[${element.tag}] src: not fetched when pre-rendering; the HTML holds the bundled content until the script has loaded the file`);
    return undefined;
  }
  if (element.overrideJson === null) return undefined;
  const parsed = parseOverrideJson(element.overrideJson);
  const result = parsed.ok ? validate(parsed.value) : parsed;
  if (!result.ok) {
    reportError(element.tag, 'script', result.path, result.message);
    return undefined;
  }
  for (const problem of result.problems ?? []) reportError(element.tag, 'script', problem.path, problem.message);
  return typeof result.value === 'object' && result.value !== null ? markServerValidated(result.value) : undefined;
}

function elementLang(element: ParsedElement, fallback: Lang): Lang {
  const value = attribute(element, 'lang');
  return value === null || value.trim() === '' ? fallback : (langFromTag(value) ?? 'en');
}

/** FAQPage entries for one `<ketamine-faq structured-data>`: the questions it shows. */
function faqEntries(element: ParsedElement, lang: Lang, override: object | undefined, config: PageConfig): { id: string; question: string; answer: string }[] {
  const bundled = faqContent.peek(lang);
  if (!bundled) return [];
  const content: FaqDocument = override ? mergeFaqOverride(bundled, override as FaqOverride) : bundled;
  const categories = indexCategories(content, parseCategoryList(configuredAttribute(element, 'category', config)).ids);
  return shownItems(categories).map((item) => ({ id: item.entry.id, question: item.entry.question, answer: item.paragraphs.join('\n\n') }));
}

/** Light-DOM content for the cost estimator and the quiz: what can be said without a script. */
function fallbackHtml(element: ParsedElement, lang: Lang, config: PageConfig): string {
  const common = (lang === 'es' ? esCommon : enCommon) as CommonContent;
  const rawLevel = configuredAttribute(element, 'heading-level', config);
  const level = (rawLevel === null ? null : validHeadingLevel(Number(rawLevel))) ?? DEFAULT_HEADING_LEVEL;
  let title: string;
  let intro: string;
  if (element.tag === 'cost-estimator') {
    const cost = lang === 'es' ? esCost : enCost;
    title = cost.title;
    intro = cost.intro;
  } else {
    const quiz = lang === 'es' ? esQuiz : enQuiz;
    title = quiz.ui.heading;
    intro = fillTemplate(quiz.ui.intro, { total: quiz.questions.length });
  }
  const phone = configuredAttribute(element, 'phone', config);
  const tel = telHref(phone);
  const clinic = configuredAttribute(element, 'clinic-name', config)?.slice(0, 120);
  const call = tel ? `<p><a href="${escapeHtml(tel)}">${escapeHtml(`${common.call}${clinic ? ` ${clinic}` : ''}: ${phone}`)}</a></p>` : '';
  const crisis = linkDialingCodes(common.crisisShort)
    .map((part) => (part.tel ? `<a href="${escapeHtml(part.tel)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text)))
    .join('');
  const heading = level <= 6 ? `<h${level}>${escapeHtml(title)}</h${level}>` : `<div role="heading" aria-level="${level}">${escapeHtml(title)}</div>`;
  return `<div data-ketamine-widgets-fallback lang="${lang}">${heading}<p>${escapeHtml(intro)}</p><p>${escapeHtml(common.needsJavaScript)}</p>${call}<p>${escapeHtml(common.notMedicalAdvice)}</p><p>${crisis}</p></div>`;
}

/**
 * Renders every ketamine-widgets element in `markup` to HTML with its content in it. Other markup
 * passes through unchanged. The same input always gives the same output.
 */
export async function renderToString(markup: string, options: RenderOptions = {}): Promise<string> {
  await preloadContent();
  const pageLang = langFromTag(options.lang) ?? null;
  const pageConfig = readServerPageConfig(String(markup), options.pageConfig);
  const out: string[] = [];
  const jsonLd: { id: string; question: string; answer: string }[] = [];
  for (const part of parseMarkup(String(markup))) {
    if (part.kind === 'html') {
      out.push(part.html);
      continue;
    }
    const lang = elementLang(part, pageLang ?? 'en');
    const attributes = checkedAttributes(part, pageLang);
    const children = scriptChild(part.overrideJson) + part.otherChildren;
    if (part.tag === 'cost-estimator' || part.tag === 'candidacy-quiz') {
      out.push(
        `<${part.tag}${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}>${children}${fallbackHtml(part, lang, pageConfig)}</${part.tag}>`,
      );
      continue;
    }
    const override = serverOverride(part, pageConfig);
    if (part.tag === 'ketamine-faq' && (attribute(part, 'structured-data') !== null || configuredFlag(part, 'structured-data', pageConfig))) {
      jsonLd.push(...faqEntries(part, lang, override, pageConfig));
    }
    // Synchronous, so the page config set for this render is never seen by another call's.
    out.push(withServerPageConfig(pageConfig, () => collectResultSync(render(elementTemplate(part.tag, attributes, children, override)))));
  }
  if (jsonLd.length) {
    const seen = new Set<string>();
    const unique = jsonLd.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
    out.push(`<script type="application/ld+json" ${STRUCTURED_DATA_ATTRIBUTE}="faq">${faqPageJson(unique)}</script>`);
  }
  return out.join('');
}
