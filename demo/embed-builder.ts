/**
 * The embed-code builder (issue 7): pick an element, fill in the clinic's details, see the live
 * element, copy a ready snippet. Everything happens in this page; nothing is sent anywhere.
 *
 * `renderEmbedBuilder(container, { integrity })` renders into any element, so the Storybook page
 * (issue 8) can reuse it. The preview needs the elements defined: import '../src/index.js' (the
 * demo page does) or load the CDN file first.
 */
import { html, nothing, render } from 'lit';
import { nearestPassingShade } from '../src/shared/brand-shade.js';
import { COLOR_TOKENS } from '../src/shared/tokens.js';
import { ELEMENT_TAGS, PLAN_IDS, brandProperties, buildSnippet, elementAttributes, type EmbedChoices, type IntegrityFile } from './embed-snippet.js';

const token = (name: string, theme: 'light' | 'dark') => COLOR_TOKENS.find((t) => t.name === name)![theme];
/** What an accent colour must stand out from: the surfaces it is drawn on and the text drawn on it. */
const ACCENT_BACKGROUNDS = {
  light: [token('surface', 'light'), token('surface-alt', 'light'), token('on-accent', 'light')],
  dark: [token('surface', 'dark'), token('surface-alt', 'dark'), token('on-accent', 'dark')],
};

export const DEFAULT_CHOICES: EmbedChoices = {
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
};

export interface EmbedBuilderOptions {
  /** dist/cdn/integrity.json of the version to embed; null shows a placeholder hash. */
  integrity?: IntegrityFile | null;
  initial?: Partial<EmbedChoices>;
}

/** Renders the builder into `container`. Returns a function that reads the current snippet. */
export function renderEmbedBuilder(container: HTMLElement, { integrity = null, initial = {} }: EmbedBuilderOptions = {}): () => string {
  let choices: EmbedChoices = { ...DEFAULT_CHOICES, ...initial, prices: { ...DEFAULT_CHOICES.prices, ...initial.prices } };
  let copyStatus = '';

  const update = (patch: Partial<EmbedChoices>) => {
    choices = { ...choices, ...patch };
    copyStatus = '';
    draw();
  };
  const field = (key: keyof EmbedChoices) => (event: Event) => update({ [key]: (event.target as HTMLInputElement).value } as Partial<EmbedChoices>);

  const copy = async () => {
    const snippet = buildSnippet(choices, integrity);
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
    const snippet = buildSnippet(choices, integrity);
    render(
      html`<form class="embed-builder" @submit=${(event: Event) => event.preventDefault()}>
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
          <textarea class="snippet" readonly rows="8" aria-label="Embed code" .value=${snippet}></textarea>
          <button type="button" class="copy" @click=${copy}>Copy</button>
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

  draw();
  return () => buildSnippet(choices, integrity);
}

/** A fresh element, set up exactly as the snippet sets it up (attributes + custom properties). */
function renderPreview(slot: HTMLElement, choices: EmbedChoices): void {
  const element = document.createElement(choices.tag);
  for (const [name, value] of elementAttributes(choices)) element.setAttribute(name, value);
  for (const [name, value] of brandProperties(choices)) element.style.setProperty(name, value);
  slot.replaceChildren(element);
}
