import { aTimeout, expect } from '@open-wc/testing';
import { DebounceController } from './debounce-controller.js';
import { fakeHost } from './test/fake-host.js';

/** A host without DOM that keeps its controllers. */

const DELAY = 60;

function setUp() {
  const host = fakeHost();
  const applied: string[] = [];
  const debounce = new DebounceController<string>(host, DELAY, (value) => applied.push(value));
  return { host, applied, debounce };
}

describe('DebounceController', () => {
  it('applies only the newest value, once changes pause for the delay', async () => {
    const { applied, debounce } = setUp();
    debounce.set('k');
    await aTimeout(DELAY / 2);
    debounce.set('ke');
    await aTimeout(DELAY / 2);
    expect(applied).to.deep.equal([]);
    expect(debounce.pending).to.equal('ke');
    await aTimeout(DELAY);
    expect(applied).to.deep.equal(['ke']);
    expect(debounce.pending).to.equal(undefined);
  });

  it('applies at once on flush, and not again after the delay', async () => {
    const { applied, debounce } = setUp();
    debounce.set('');
    debounce.flush();
    expect(applied).to.deep.equal(['']);
    await aTimeout(DELAY * 2);
    expect(applied).to.deep.equal(['']);
    debounce.flush();
    expect(applied).to.deep.equal(['']);
  });

  it('drops the waiting value on cancel', async () => {
    const { applied, debounce } = setUp();
    debounce.set('gone');
    debounce.cancel();
    expect(debounce.pending).to.equal(undefined);
    await aTimeout(DELAY * 2);
    expect(applied).to.deep.equal([]);
  });

  it('applies a waiting value when the host leaves the page', () => {
    const { host, applied, debounce } = setUp();
    debounce.set('typed');
    host.controllers.forEach((controller) => controller.hostDisconnected?.());
    expect(applied).to.deep.equal(['typed']);
  });
});
