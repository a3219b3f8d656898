import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import en from '../../content/en/faq.json';
import type { FaqContent } from '../content/schemas/faq.js';
import { STRUCTURED_DATA_ATTRIBUTE, StructuredDataController } from './faq-structured-data.js';
import { indexCategories, type IndexedCategory } from './faq-view.js';

const english = en as FaqContent;
const scripts = () => [...document.head.querySelectorAll<HTMLScriptElement>(`script[${STRUCTURED_DATA_ATTRIBUTE}]`)];
const questions = () => scripts().flatMap((script) => (JSON.parse(script.textContent!).mainEntity as { name: string }[]).map((entry) => entry.name));
const questionsOf = (categories: readonly IndexedCategory[]) => categories.flatMap((category) => category.items.map((item) => item.entry.question));

/** A plain element in the page standing in for an FAQ: it keeps its controllers so a test can play the update cycle. */
function host(shown: readonly IndexedCategory[] | null) {
  const controllers: ReactiveController[] = [];
  const element = Object.assign(document.createElement('div'), {
    shown,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
    updated: () => controllers.forEach((c) => c.hostUpdated?.()),
    disconnected: () => controllers.forEach((c) => c.hostDisconnected?.()),
  });
  new StructuredDataController(element, () => element.shown);
  document.body.append(element);
  return element;
}

describe('StructuredDataController', () => {
  const safety = indexCategories(english, ['safety']);
  const cost = indexCategories(english, ['cost']);

  afterEach(() => scripts().forEach((script) => script.remove()));

  it('publishes the shown questions after an update, and withdraws them when there are none or the host leaves', () => {
    const faq = host(safety);
    faq.updated();
    expect(questions()).to.deep.equal(questionsOf(safety));
    faq.shown = null;
    faq.updated();
    expect(scripts()).to.have.length(0);
    faq.shown = cost;
    faq.updated();
    expect(questions()).to.deep.equal(questionsOf(cost));
    faq.remove();
    faq.disconnected();
    expect(scripts()).to.have.length(0);
  });

  it('publishes nothing for a host that is not in the page', () => {
    const faq = host(safety);
    faq.remove();
    faq.updated();
    expect(scripts()).to.have.length(0);
  });

  it('keeps one script for two hosts, their questions in page order, until the last one leaves', () => {
    const first = host(cost);
    const second = host(safety);
    second.updated();
    first.updated();
    expect(scripts()).to.have.length(1);
    expect(questions()).to.deep.equal([...questionsOf(cost), ...questionsOf(safety)]);
    first.remove();
    first.disconnected();
    expect(questions()).to.deep.equal(questionsOf(safety));
    second.remove();
    second.disconnected();
    expect(scripts()).to.have.length(0);
  });
});
