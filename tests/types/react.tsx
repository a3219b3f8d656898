// React 19: the four tags with their attributes, properties and event handlers.
import type {} from '../../src/jsx/react.js';

export const faq = (
  <ketamine-faq
    lang="es"
    category="safety,cost"
    heading-level={2}
    searchable
    link-hash
    clinic-name="Lakeside"
    theme="dark"
    content={{ hide: ['iv-cost'], ui: { expandAll: 'Open all' } }}
    onfaq-toggle={(event) => console.log(event.detail.id, event.detail.open)}
    oncontent-error={(event) => console.log(event.detail.path)}
    className="faq"
  />
);

export const others = (
  <>
    <side-effects-list group-by="severity" route="nasal" layout="full" compact content={{ hide: ['vertigo'], clinicNote: 'Ask us.' }} />
    <cost-estimator
      prices='{"iv":450}'
      locked-prices
      content={{ title: 'Costs at Lakeside' }}
      onestimate-change={(event) => console.log(event.detail.totals.total.low)}
    />
    <candidacy-quiz
      include-answers
      onquiz-complete={(event) => console.log(event.detail.outcome, 'reasons' in event.detail ? event.detail.reasons.length : 0)}
    />
  </>
);

// @ts-expect-error a misspelt attribute
export const typo = <ketamine-faq serchable />;

// React 19 sets `prices` as a property: an object works as well as its JSON text (issue 17.6).
export const objectPrices = <cost-estimator prices={{ iv: 450, spravato: { low: 600, high: 900 } }} />;

// @ts-expect-error not a plan id
export const badPlan = <cost-estimator prices={{ ketamine: 450 }} />;

// @ts-expect-error not a layout
export const badLayout = <side-effects-list layout="compact" />;

// @ts-expect-error not a theme
export const badTheme = <side-effects-list theme="blue" />;

// @ts-expect-error the FAQ override has no `plans`
export const wrongOverride = <ketamine-faq content={{ plans: [] }} />;

// @ts-expect-error faq-toggle's detail has no `outcome`
export const wrongDetail = <ketamine-faq onfaq-toggle={(event) => event.detail.outcome} />;

// @ts-expect-error the FAQ has no `treatment`
export const wrongElement = <ketamine-faq treatment="iv" />;

// A misspelt *hyphenated* name (`lockd-prices`) cannot be caught: TypeScript lets any JSX
// attribute with a dash through, as it does `data-*`. Correctly spelt ones are still typed:
// @ts-expect-error group-by is timing or severity
export const badGroup = <side-effects-list group-by="route" />;
