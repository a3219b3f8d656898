/**
 * The props of the four tags, independent of any framework: attributes as the elements read them
 * (kebab-case strings and booleans), the `content` property as the element's override type, and
 * `on<event>` handlers (React 19 and Preact both listen for `onfaq-toggle` as `faq-toggle`).
 * `jsx/react.ts` and `jsx/preact.ts` add them to each framework's JSX; other frameworks can
 * build their own declarations from `KetamineWidgetsElements`.
 */
import type { CandidacyQuiz } from '../candidacy-quiz/candidacy-quiz.js';
import type { CostOverride } from '../content/schemas/cost.js';
import type { FaqOverride } from '../content/schemas/faq.js';
import type { QuizOverride } from '../content/schemas/quiz.js';
import type { SideEffectsOverride } from '../content/schemas/side-effects.js';
import type { CostEstimator } from '../cost-estimator/cost-estimator.js';
import type { KetamineFaq } from '../ketamine-faq/ketamine-faq.js';
import type { KwEventMap } from '../shared/events.js';
import type { Theme } from '../shared/kw-element.js';
import type { SideEffectsList } from '../side-effects-list/side-effects-list.js';

/** `on<event>` handler props for the named events. */
export type EventHandlerProps<Names extends keyof KwEventMap> = {
  [Name in Names as `on${Name}`]?: (event: KwEventMap[Name]) => void;
};

/** What every element accepts: the clinic attributes, `theme`, `src` and the `content` override. */
export interface CommonProps<Override> extends EventHandlerProps<'content-error'> {
  lang?: string;
  'clinic-name'?: string;
  phone?: string;
  'booking-url'?: string;
  theme?: Theme;
  src?: string;
  /** A clinic override as an object (set as a property). */
  content?: Override;
}

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface KetamineFaqProps extends CommonProps<FaqOverride>, EventHandlerProps<'faq-toggle'> {
  category?: string;
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  searchable?: boolean;
  single?: boolean;
  open?: string;
  'link-hash'?: boolean;
  'structured-data'?: boolean;
  query?: string;
}

export interface SideEffectsListProps extends CommonProps<SideEffectsOverride> {
  'group-by'?: 'timing' | 'severity';
  route?: 'iv' | 'nasal' | 'im' | 'oral';
  show?: string;
  /** `summary` (default): serious and most common side effects first, the rest behind "Show all"; `full`: every one. */
  layout?: 'summary' | 'full';
  compact?: boolean;
}

export interface CostEstimatorProps extends CommonProps<CostOverride>, EventHandlerProps<'estimate-change'> {
  treatment?: string;
  /**
   * Price per session by plan: an object (React 19 and Preact set it as the property, e.g.
   * `prices={{ iv: 450 }}`) or its JSON text (`'{"iv":450,"spravato":{"low":600,"high":900}}'`).
   */
  prices?: string | Partial<Record<'iv' | 'spravato' | 'im' | 'oral', number | { low: number; high: number }>>;
  currency?: string;
  locale?: string;
  'consultation-fee'?: string | number;
  'locked-prices'?: boolean;
  'hide-insurance'?: boolean;
}

export interface CandidacyQuizProps extends CommonProps<QuizOverride>, EventHandlerProps<'quiz-step' | 'quiz-complete'> {
  remember?: boolean;
  'include-answers'?: boolean;
}

/** Each tag's element class and its own props, for other frameworks' declarations. */
export interface KetamineWidgetsElements {
  'ketamine-faq': { element: KetamineFaq; props: KetamineFaqProps };
  'side-effects-list': { element: SideEffectsList; props: SideEffectsListProps };
  'cost-estimator': { element: CostEstimator; props: CostEstimatorProps };
  'candidacy-quiz': { element: CandidacyQuiz; props: CandidacyQuizProps };
}
