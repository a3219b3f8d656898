/** Registers `<side-effects-list>`. Import this for the side effect; import the class from `side-effects-list.js`. */
import { defineElement } from '../shared/define.js';
import { SideEffectsList } from './side-effects-list.js';

defineElement('side-effects-list', SideEffectsList);

export { SideEffectsList };

declare global {
  interface HTMLElementTagNameMap {
    'side-effects-list': SideEffectsList;
  }
}
