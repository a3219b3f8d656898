import { expect } from '@open-wc/testing';
import { Memo } from './memo.js';

describe('Memo', () => {
  it('computes once for the same inputs and again when any named input changes by identity', () => {
    let calls = 0;
    const memo = new Memo((inputs: { list: number[]; factor: number }) => {
      calls++;
      return inputs.list.map((n) => n * inputs.factor);
    });
    const list = [1, 2];
    const first = memo.get({ list, factor: 2 });
    expect(first).to.deep.equal([2, 4]);
    expect(memo.get({ list, factor: 2 })).to.equal(first);
    expect(calls).to.equal(1);
    expect(memo.get({ list, factor: 3 })).to.deep.equal([3, 6]);
    // An equal but new array is a new input: identity, not deep equality.
    memo.get({ list: [1, 2], factor: 3 });
    expect(calls).to.equal(3);
  });

  it('hands compute the value it replaces', () => {
    const memo = new Memo((inputs: { n: number }, previous: number[] | undefined) => [...(previous ?? []), inputs.n]);
    memo.get({ n: 1 });
    memo.get({ n: 1 });
    expect(memo.get({ n: 2 })).to.deep.equal([1, 2]);
    expect(memo.value).to.deep.equal([1, 2]);
  });

  it('treats a missing or added input as a change', () => {
    let calls = 0;
    const memo = new Memo((inputs: { a?: number; b?: number }) => ++calls + (inputs.a ?? 0));
    memo.get({ a: undefined });
    memo.get({});
    memo.get({ b: undefined });
    expect(calls).to.equal(3);
  });
});
