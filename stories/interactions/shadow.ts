/** Small helpers for `play` functions that reach into an element's shadow root. */
import { configure, within } from 'storybook/test';

// Testing Library prints the container when a query fails, and cannot print a ShadowRoot: keep
// the message, drop the dump.
configure({ getElementError: (message) => Object.assign(new Error(message ?? 'query failed'), { name: 'TestingLibraryElementError' }) });

export interface LitLike extends HTMLElement {
  updateComplete: Promise<unknown>;
}

/** The first `tag` in the story, once it has rendered. */
export async function elementIn<T extends LitLike = LitLike>(canvasElement: HTMLElement, tag: string): Promise<T> {
  const element = canvasElement.querySelector<T>(tag);
  if (!element) throw new Error(`no <${tag}> in the story`);
  await element.updateComplete;
  return element;
}

/** Testing Library queries scoped to the element's shadow root (getByRole, getByText…). */
export function shadow(element: HTMLElement) {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return within(element.shadowRoot as unknown as HTMLElement);
}

/** Records the `detail` of every `name` event the element fires. */
export function recordEvents<T>(element: HTMLElement, name: string): T[] {
  const details: T[] = [];
  element.addEventListener(name, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/**
 * Empties a text or number field as select-all + Delete would. (`userEvent.clear` refuses
 * fields inside a shadow root: it checks `document.activeElement`, which is the host.)
 */
export function clearField(input: HTMLElement): void {
  const field = input as HTMLInputElement;
  field.focus();
  field.value = '';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
}
