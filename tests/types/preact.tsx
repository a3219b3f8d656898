/** @jsxImportSource preact */
// Preact: the same declarations through its own JSX namespace.
import type {} from '../../src/jsx/preact.js';

export const faq = <ketamine-faq searchable class="faq" content={{ hide: ['iv-cost'] }} onfaq-toggle={(event) => console.log(event.detail.id)} />;

export const quiz = <candidacy-quiz remember onquiz-step={(event) => console.log(event.detail.index)} />;

// @ts-expect-error a misspelt attribute
export const typo = <cost-estimator curency="EUR" />;

// @ts-expect-error heading levels are 2 to 6
export const badLevel = <ketamine-faq heading-level={7} />;

// Preact sets `prices` as a property (the element has one): an object works, as in React 19.
export const objectPrices = <cost-estimator prices={{ iv: 450 }} />;

// @ts-expect-error a price is a number or { low, high }, not text
export const badPrices = <cost-estimator prices={{ iv: '450' }} />;
