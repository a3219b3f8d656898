// Events and properties for plain TypeScript users: addEventListener and `el.content`.
import type { CostEstimator, FaqOverride, KetamineFaq } from '../../src/index.js';

declare const faq: KetamineFaq;
declare const estimator: CostEstimator;

faq.addEventListener('faq-toggle', (event) => event.detail.open satisfies boolean);
estimator.addEventListener('estimate-change', (event) => event.detail.totals.outOfPocket.high satisfies number);
document.addEventListener('quiz-complete', (event) => event.detail.outcome satisfies string);
document.body.addEventListener('content-error', (event) => event.detail.element satisfies string);

// @ts-expect-error estimate-change carries totals, not an id
estimator.addEventListener('estimate-change', (event) => event.detail.id);
// @ts-expect-error reasons are only there with include-answers
document.addEventListener('quiz-complete', (event) => event.detail.reasons.length);

faq.content = { hide: ['iv-cost'] };
const override: FaqOverride = { categories: [{ id: 'cost', title: 'Paying for care' }] };
faq.content = override;
// @ts-expect-error an unknown category id
faq.content = { categories: [{ id: 'parking' }] };
faq.theme = 'light';
// @ts-expect-error theme is auto, light or dark
faq.theme = 'blue';
