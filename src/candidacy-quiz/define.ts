/** Registers `<candidacy-quiz>`. Import this entry for the side effect; import the class from `candidacy-quiz.js`. */
import { defineElement } from '../shared/define.js';
import { CandidacyQuiz } from './candidacy-quiz.js';

defineElement('candidacy-quiz', CandidacyQuiz);

export { CandidacyQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'candidacy-quiz': CandidacyQuiz;
  }
}
