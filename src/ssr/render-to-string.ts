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
 * Never throws for bad attributes or a bad inline override: like the browser, it reports them
 * with `console.error` (element, source, field) and renders the bundled content.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
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
import { faqContent, mergeFaqOverride } from '../ketamine-faq/faq-content.js';
import { faqPageJson } from '../ketamine-faq/faq-json-ld.js';
import { indexCategories, parseCategoryList, shownItems } from '../ketamine-faq/faq-view.js';
import '../ketamine-faq/define.js';
import '../side-effects-list/define.js';
import { validateSideEffectsOverride } from '../side-effects-list/side-effects-override.js';
import { sideEffectsContent } from '../side-effects-list/side-effects-content.js';
import { commonContent } from '../shared/common-content.js';
import { linkDialingCodes } from '../shared/dialing-codes.js';
import { DEFAULT_HEADING_LEVEL, validHeadingLevel } from '../shared/heading.js';
import { markServerValidated } from '../shared/server-override.js';
import { telHref } from '../shared/safe-url.js';
import { fillTemplate } from '../shared/template.js';
import { STRUCTURED_DATA_ATTRIBUTE } from '../ketamine-faq/faq-structured-data.js';
import { escapeHtml, isSafeAttributeName, parseMarkup, type ParsedElement } from './parse-markup.js';

export interface RenderOptions {
  /**
   * The page's language, for elements without a `lang` attribute: `en` (default) or `es`. It is
   * written onto those elements, so the script, which would otherwise read the page's `<html lang>`,
   * renders the same language when it takes over.
   */
  lang?: string;
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

/** The validated inline override, or undefined (reported) when there is none or it is refused. */
function serverOverride(element: ParsedElement): object | undefined {
  const validate = VALIDATORS[element.tag];
  if (!validate || element.overrideJson === null) return undefined;
  if (attribute(element, 'src') !== null) {
    reportError(element.tag, 'src', '', 'not fetched when pre-rendering: the HTML shows the bundled content until the script loads the file');
  }
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
function faqEntries(element: ParsedElement, lang: Lang, override: object | undefined): { id: string; question: string; answer: string }[] {
  const bundled = faqContent.peek(lang);
  if (!bundled) return [];
  const content: FaqDocument = override ? mergeFaqOverride(bundled, override as FaqOverride) : bundled;
  const categories = indexCategories(content, parseCategoryList(attribute(element, 'category')).ids);
  return shownItems(categories).map((item) => ({ id: item.entry.id, question: item.entry.question, answer: item.paragraphs.join('\n\n') }));
}

/** Light-DOM content for the cost estimator and the quiz: what can be said without a script. */
function fallbackHtml(element: ParsedElement, lang: Lang): string {
  const common = (lang === 'es' ? esCommon : enCommon) as CommonContent;
  const rawLevel = attribute(element, 'heading-level');
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
  const phone = attribute(element, 'phone');
  const tel = telHref(phone);
  const clinic = attribute(element, 'clinic-name')?.slice(0, 120);
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
        `<${part.tag}${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}>${children}${fallbackHtml(part, lang)}</${part.tag}>`,
      );
      continue;
    }
    const override = serverOverride(part);
    if (part.tag === 'ketamine-faq' && attribute(part, 'structured-data') !== null) jsonLd.push(...faqEntries(part, lang, override));
    out.push(await collectResult(render(elementTemplate(part.tag, attributes, children, override))));
  }
  if (jsonLd.length) {
    const seen = new Set<string>();
    const unique = jsonLd.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
    out.push(`<script type="application/ld+json" ${STRUCTURED_DATA_ATTRIBUTE}="faq">${faqPageJson(unique)}</script>`);
  }
  return out.join('');
}
