import { expect } from '@open-wc/testing';
import { faqPageJson } from './faq-json-ld.js';

describe('faqPageJson', () => {
  const entries = [
    { id: 'a', question: 'What is it?', answer: 'A medicine.\n\nSecond paragraph.' },
    { id: 'b', question: 'Quotes "and" \\ slashes', answer: '</script><script>alert(1)</script> <!-- x' },
  ];

  it('builds a schema.org FAQPage with one Question per entry', () => {
    expect(JSON.parse(faqPageJson(entries))).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: entries.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer },
      })),
    });
  });

  it('never contains a literal "<", so it cannot close its script element', () => {
    const json = faqPageJson(entries);
    expect(json).not.to.contain('<');
    expect(json).to.contain('\\u003c/script>');
  });

  it('is unaffected by Array.prototype.toJSON and String.prototype.toJSON (Prototype.js)', () => {
    const clean = faqPageJson(entries);
    const arrayProto = Array.prototype as unknown as { toJSON?: () => string };
    const stringProto = String.prototype as unknown as { toJSON?: () => string };
    arrayProto.toJSON = () => 'BROKEN';
    stringProto.toJSON = () => 'BROKEN';
    try {
      expect(faqPageJson(entries)).to.equal(clean);
    } finally {
      delete arrayProto.toJSON;
      delete stringProto.toJSON;
    }
  });

  it('handles an empty list', () => {
    expect(JSON.parse(faqPageJson([])).mainEntity).to.deep.equal([]);
  });
});
