/** Registers `<ketamine-faq>`. Import this entry, or the library index, to use the element. */
import { defineElement } from '../shared/define.js';
import { KetamineFaq } from './ketamine-faq.js';

export { KetamineFaq };
export type { FaqToggleDetail } from './ketamine-faq.js';

defineElement('ketamine-faq', KetamineFaq);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-faq': KetamineFaq;
  }
}
