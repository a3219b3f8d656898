import { expect } from '@open-wc/testing';
import { fillTemplate } from './template.js';

describe('fillTemplate', () => {
  it('fills placeholders literally', () => {
    expect(fillTemplate('{count} questions match', { count: 3 })).to.equal('3 questions match');
    expect(fillTemplate('Call {clinic} at {phone}', { clinic: 'A$&B', phone: '$1' })).to.equal('Call A$&B at $1');
  });

  it('never re-reads a value it inserted, and leaves unknown placeholders', () => {
    expect(fillTemplate('{query} / {count}', { query: '{count}', count: 2 })).to.equal('{count} / 2');
    expect(fillTemplate('{missing} and {toString}', {})).to.equal('{missing} and {toString}');
  });
});
