/**
 * The embed-code builder (issue 7): pick an element, fill in the clinic's details, see the live
 * element, copy a ready snippet. Everything happens in this page; nothing is sent anywhere.
 *
 * Two kinds of snippet (issue 18): "Script only" (the script renders the element) and
 * "Pre-rendered" (the element's HTML, rendered by the library's own `renderToString` in a worker,
 * plus the async hydrate script). Without a pre-renderer (`prerender` not given, or it fails to
 * load) the pre-rendered mode gives the CLI command and its clinic.json instead, and says so.
 *
 * `renderEmbedBuilder(container, { integrity })` renders into any element, so the Storybook page
 * (issue 8) can reuse it. The preview needs the elements defined: import '../src/index.js' (the
 * demo page does) or load the CDN file first.
 */
import { html, nothing, render } from 'lit';
import { nearestPassingShade } from '../src/shared/brand-shade.js';
import { COLOR_TOKENS } from '../src/shared/tokens.js';
import {
  ELEMENT_TAGS,
  PLAN_IDS,
  brandProperties,
  brandStyle,
  buildPrerenderedSnippet,
  buildSnippet,
  clinicConfig,
  elementAttributes,
  prerenderMarkup,
  prerenderedStyleSources,
  renderCommand,
  type EmbedChoices,
  type IntegrityFile,
  type StyleHashesFile,
} from './embed-snippet.js';
import type { Prerenderer } from './prerender-client.js';

const token = (name: string, theme: 'light' | 'dark') => COLOR_TOKENS.find((t) => t.name === name)![theme];
/** What an accent colour must stand out from: the surfaces it is drawn on and the text drawn on it. */
const ACCENT_BACKGROUNDS = {
  light: [token('surface', 'light'), token('surface-alt', 'light'), token('on-accent', 'light')],
  dark: [token('surface', 'dark'), token('surface-alt', 'dark'), token('on-accent', 'dark')],
};

export const DEFAULT_CHOICES: EmbedChoices = {
  mode: 'script',
  tag: 'ketamine-faq',
  clinicName: 'Lakeside Mind Clinic',
  phone: '(555) 010-2345',
  bookingUrl: 'https://lakeside.example/book',
  prices: { iv: '475', spravato: '', im: '', oral: '' },
  currency: 'USD',
  lang: 'en',
  theme: 'auto',
  accent: token('accent', 'light'),
  darkAccent: token('accent', 'dark'),
  structuredData: true,
};

export interface EmbedBuilderOptions {
  /** dist/cdn/integrity.json of the version to embed; null shows a placeholder hash. */
  integrity?: IntegrityFile | null;
  initial?: Partial<EmbedChoices>;
  /** dist/ssr-style-hashes.json of the same version (the style-src hashes of pre-rendered HTML). */
  styleHashes?: StyleHashesFile | null;
  /** Runs renderToString for the pre-rendered mode; null = show the CLI command instead. */
  prerender?: Prerenderer | null;
}

/** The state of the pre-rendered HTML for one input (markup + language + colours). */
interface Rendering {
  key: string;
  html: string | null;
  brandStyleHash: string | null;
  error: string | null;
}

/** `'sha256-…'` of a `<style>` text, as CSP wants it; null where SubtleCrypto is not available. */
async function styleHash(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** Renders the builder into `container`. Returns a function that reads the current snippet. */
export function renderEmbedBuilder(
  container: HTMLElement,
  { integrity = null, initial = {}, styleHashes = null, prerender = null }: EmbedBuilderOptions = {},
): () => string {
  let choices: EmbedChoices = { ...DEFAULT_CHOICES, ...initial, prices: { ...DEFAULT_CHOICES.prices, ...initial.prices } };
  let copyStatus = '';
  let snippet = '';
  let rendering: Rendering | null = null;
  const version = integrity?.version ?? '0.1.0';

  /** Starts rendering the current choices (latest wins); draws again when done. */
  const startRendering = (key: string) => {
    const wanted = choices;
    rendering = { key, html: null, brandStyleHash: null, error: null };
    const style = brandStyle(wanted);
    Promise.all([prerender!.render(prerenderMarkup(wanted), wanted.lang), style ? styleHash(style.text) : null]).then(
      ([html, brandStyleHash]) => {
        if (rendering?.key !== key) return;
        rendering = { key, html, brandStyleHash, error: null };
        draw();
      },
      (error: unknown) => {
        if (rendering?.key !== key) return;
        rendering = { key, html: null, brandStyleHash: null, error: String((error as Error)?.message ?? error) };
        draw();
      },
    );
  };

  /** The snippet for the current choices, or '' while the pre-rendered HTML is on its way. */
  const currentSnippet = (): string => {
    if (choices.mode === 'script') return buildSnippet(choices, integrity);
    if (!prerender) return buildPrerenderedSnippet(choices, integrity, { html: null, styleHashes }, version);
    const key = JSON.stringify([prerenderMarkup(choices), choices.lang, brandStyle(choices)?.text ?? '']);
    if (rendering?.key !== key) startRendering(key);
    if (rendering!.error !== null) return buildPrerenderedSnippet(choices, integrity, { html: null, styleHashes }, version);
    if (rendering!.html === null) return '';
    return buildPrerenderedSnippet(choices, integrity, { html: rendering!.html, styleHashes, brandStyleHash: rendering!.brandStyleHash }, version);
  };

  const update = (patch: Partial<EmbedChoices>) => {
    choices = { ...choices, ...patch };
    copyStatus = '';
    draw();
  };
  const field = (key: keyof EmbedChoices) => (event: Event) => update({ [key]: (event.target as HTMLInputElement).value } as Partial<EmbedChoices>);

  const copy = async () => {
    if (!snippet) return;
    try {
      await navigator.clipboard.writeText(snippet);
      copyStatus = 'Copied. Paste it into your page.';
    } catch {
      // No clipboard permission (an iframe, an old browser): select the text for Ctrl+C.
      container.querySelector<HTMLTextAreaElement>('textarea.snippet')?.select();
      copyStatus = 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.';
    }
    draw();
  };

  const contrastWarning = (which: 'accent' | 'darkAccent', theme: 'light' | 'dark') => {
    const colour = choices[which];
    const suggestion = nearestPassingShade(colour, ACCENT_BACKGROUNDS[theme]);
    if (suggestion?.passes) return nothing;
    return html`<p class="warning" role="status" data-warning=${which}>
      ${colour} is below 4.5:1 against the ${theme} theme's background or button text, so links and buttons would be hard to read.
      ${
        suggestion
          ? html`The nearest shade that passes is <code>${suggestion.hex}</code> (${suggestion.ratio.toFixed(1)}:1).
              <button type="button" data-use-shade=${which} @click=${() => update({ [which]: suggestion.hex })}>Use ${suggestion.hex}</button>`
          : html`No shade of this colour passes; pick another colour.`
      }
    </p>`;
  };

  const draw = () => {
    snippet = currentSnippet();
    const prerendered = choices.mode === 'prerendered';
    render(
      html`<form class="embed-builder" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset class="embed-mode">
            <legend>Embed type</legend>
            <label class="choice"><input type="radio" name="mode" value="script" .checked=${!prerendered} @change=${field('mode')} /> Script only</label>
            <label class="choice"
              ><input type="radio" name="mode" value="prerendered" .checked=${prerendered} @change=${field('mode')} /> Pre-rendered (works without JavaScript,
              better for search)</label
            >
            ${
              prerendered && choices.tag === 'ketamine-faq'
                ? html`<label class="choice"
                    ><input
                      type="checkbox"
                      name="structuredData"
                      .checked=${choices.structuredData}
                      @change=${(event: Event) => update({ structuredData: (event.target as HTMLInputElement).checked })}
                    />
                    Add FAQPage structured data (JSON-LD) for search engines</label
                  >`
                : nothing
            }
          </fieldset>
          <fieldset>
            <legend>Widget</legend>
            <label
              >Element
              <select name="tag" @change=${field('tag')}>
                ${ELEMENT_TAGS.map((tag) => html`<option value=${tag} ?selected=${choices.tag === tag}>&lt;${tag}&gt;</option>`)}
              </select>
            </label>
            <label
              >Language
              <select name="lang" @change=${field('lang')}>
                <option value="en" ?selected=${choices.lang === 'en'}>English</option>
                <option value="es" ?selected=${choices.lang === 'es'}>Español</option>
              </select>
            </label>
            <label
              >Theme
              <select name="theme" @change=${field('theme')}>
                ${(['auto', 'light', 'dark'] as const).map((theme) => html`<option value=${theme} ?selected=${choices.theme === theme}>${theme}</option>`)}
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>Clinic</legend>
            <label>Clinic name <input name="clinicName" .value=${choices.clinicName} @input=${field('clinicName')} /></label>
            <label>Phone <input name="phone" type="tel" .value=${choices.phone} @input=${field('phone')} /></label>
            <label>Booking URL <input name="bookingUrl" type="url" .value=${choices.bookingUrl} @input=${field('bookingUrl')} /></label>
          </fieldset>
          ${
            choices.tag === 'cost-estimator'
              ? html`<fieldset>
                  <legend>Prices per session</legend>
                  ${PLAN_IDS.map(
                    (plan) =>
                      html`<label
                        >${plan.toUpperCase()}
                        <input
                          name=${`price-${plan}`}
                          type="number"
                          min="1"
                          max="100000"
                          step="any"
                          inputmode="decimal"
                          .value=${choices.prices[plan] ?? ''}
                          @input=${(event: Event) => update({ prices: { ...choices.prices, [plan]: (event.target as HTMLInputElement).value } })}
                      /></label>`,
                  )}
                  <label>Currency <input name="currency" maxlength="3" .value=${choices.currency} @input=${field('currency')} /></label>
                </fieldset>`
              : nothing
          }
          <fieldset>
            <legend>Brand colours</legend>
            <label>Accent, light theme <input name="accent" type="color" .value=${choices.accent} @input=${field('accent')} /></label>
            ${contrastWarning('accent', 'light')}
            <label>Accent, dark theme <input name="darkAccent" type="color" .value=${choices.darkAccent} @input=${field('darkAccent')} /></label>
            ${contrastWarning('darkAccent', 'dark')}
          </fieldset>
        </form>
        <section class="embed-output" aria-labelledby="embed-code-title">
          <h2 id="embed-code-title">Your embed code</h2>
          ${integrity ? nothing : html`<p class="warning">The integrity hashes are not available here (run <code>npm run build</code>), so the code has a placeholder: copy the value for this file from <code>dist/cdn/integrity.json</code> of the same version.</p>`}
          ${prerendered ? prerenderedNotes() : nothing}
          <textarea class="snippet" readonly rows="8" aria-label="Embed code" .value=${snippet}></textarea>
          <button type="button" class="copy" aria-disabled=${snippet ? 'false' : 'true'} @click=${copy}>Copy</button>
          <p class="copy-status" role="status">${copyStatus}</p>
        </section>
        <section class="embed-preview" aria-labelledby="embed-preview-title">
          <h2 id="embed-preview-title">Preview</h2>
          <div class="preview-slot"></div>
        </section>`,
      container,
    );
    renderPreview(container.querySelector<HTMLElement>('.preview-slot')!, choices);
  };

  /** What the pre-rendered snippet is and needs, above it. */
  const prerenderedNotes = () => {
    const needsScript = choices.tag === 'cost-estimator' || choices.tag === 'candidacy-quiz';
    const ready = rendering?.html != null && rendering.error === null;
    const sources = ready ? prerenderedStyleSources(choices, { html: rendering!.html, styleHashes, brandStyleHash: rendering!.brandStyleHash }) : null;
    const config = JSON.stringify(clinicConfig(choices), null, 2);
    const kind = choices.tag;
    return html`<p>
        The code holds the widget's ${needsScript ? 'intro' : 'content'} as HTML, so readers whose JavaScript is off and search engines see it under your own
        address; the script (loaded <code>async</code>, never holding back your page) then makes it interactive without drawing it again.
        ${
          needsScript
            ? html`The &lt;${kind}&gt; needs JavaScript to work: without it, it shows its title, intro, your phone number and a line saying it needs JavaScript.`
            : nothing
        }
        Generate the code again when you change these details or update to a new version.
      </p>
      <p class="render-status" role="status">
        ${
          !prerender || rendering?.error
            ? nothing
            : ready
              ? `Pre-rendered by renderToString from ketamine-widgets ${version}, in this browser tab (${Math.round(snippet.length / 1024)} KB).`
              : 'Rendering the HTML…'
        }
      </p>
      ${
        !prerender || rendering?.error
          ? html`<div class="warning cli-fallback">
              <p>
                ${rendering?.error ? `The pre-renderer did not run here (${rendering.error}), so` : 'This copy of the builder has no pre-renderer, so'} the code
                below has the script and the place for the HTML. Make the HTML on your computer with Node.js 20 or later: save
                <code>clinic.json</code>, then run
              </p>
              <pre class="render-command"><code>${renderCommand(choices, version)}</code></pre>
              <p>and paste the contents of <code>${renderCommand(choices, version).split('> ')[1]}</code> where the code says.</p>
              <label
                >clinic.json
                <textarea class="clinic-json" readonly rows="6" .value=${config}></textarea>
              </label>
              <a class="download" download="clinic.json" href=${`data:application/json;charset=utf-8,${encodeURIComponent(`${config}\n`)}`}
                >Download clinic.json</a
              >
            </div>`
          : nothing
      }
      ${
        sources?.length
          ? html`<p class="csp-note">
              Under a strict Content-Security-Policy (no <code>'unsafe-inline'</code>), add these to <code>style-src</code> (also noted in the code):
              <code>${sources.join(' ')}</code>
            </p>`
          : nothing
      }`;
  };

  draw();
  return () => snippet;
}

/** A fresh element, set up exactly as the snippet sets it up (attributes + custom properties). */
function renderPreview(slot: HTMLElement, choices: EmbedChoices): void {
  const element = document.createElement(choices.tag);
  for (const [name, value] of elementAttributes(choices)) element.setAttribute(name, value);
  for (const [name, value] of brandProperties(choices)) element.style.setProperty(name, value);
  slot.replaceChildren(element);
}
