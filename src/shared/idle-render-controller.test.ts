import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { IdleRenderController } from './idle-render-controller.js';
import { fakeHost } from './test/fake-host.js';

/** A host without DOM that keeps its controllers, so a test can play the update cycle. */

/** Ten items waiting; each render call is recorded as one batch. */
function setUp(options: { beforePrint?: boolean; itemCostMs?: number } = {}) {
  const host = fakeHost();
  const waiting = Array.from({ length: 10 }, (_, index) => index);
  const batches: number[][] = [];
  const controller = new IdleRenderController<number>(host, {
    pending: () => waiting,
    render: (items) => {
      batches.push([...items]);
      waiting.splice(0, waiting.length, ...waiting.filter((item) => !items.includes(item)));
    },
    itemCostMs: options.itemCostMs ?? 3,
    beforePrint: options.beforePrint,
  });
  host.connect();
  return { host, waiting, batches, controller };
}

describe('IdleRenderController', () => {
  it('renders nothing during the update, then everything pending in idle time, in order', async () => {
    const { host, waiting, batches } = setUp();
    host.updated();
    expect(batches).to.deep.equal([]);
    // Real idle periods: under a loaded machine (other test files in the same browser) they can take seconds to come.
    await waitUntil(() => waiting.length === 0, 'every item rendered', { timeout: 8000 });
    expect(batches.flat()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  describe('with idle periods played by the test', () => {
    const original = window.requestIdleCallback;
    let queued: IdleRequestCallback[] = [];
    /** Runs the callbacks waiting for the next idle period, as if it had `ms` left. */
    const idlePeriod = (ms: number, didTimeout = false) => {
      const due = queued;
      queued = [];
      for (const callback of due) callback({ didTimeout, timeRemaining: () => ms });
    };
    beforeEach(() => {
      queued = [];
      window.requestIdleCallback = (callback) => queued.push(callback);
    });
    afterEach(() => {
      window.requestIdleCallback = original;
    });

    it('renders as many items as fit in the idle time left, at least one, and goes on in the next period', () => {
      const { host, batches } = setUp({ itemCostMs: 3 });
      host.updated();
      idlePeriod(10);
      idlePeriod(1);
      expect(batches).to.deep.equal([[0, 1, 2], [3]]);
      idlePeriod(50);
      expect(batches.flat()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(queued).to.deep.equal([]);
    });

    it('renders a fixed batch of four when the idle period timed out, not one item per timeout', () => {
      const { host, batches } = setUp({ itemCostMs: 3 });
      host.updated();
      idlePeriod(0, true);
      expect(batches).to.deep.equal([[0, 1, 2, 3]]);
      idlePeriod(0, true);
      idlePeriod(0, true);
      expect(batches.flat()).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(queued).to.deep.equal([]);
    });

    it('keeps one pass however many updates happen while it runs', () => {
      const { host } = setUp();
      host.updated();
      host.updated();
      expect(queued).to.have.length(1);
      idlePeriod(3);
      host.updated();
      expect(queued).to.have.length(1);
    });
  });

  it('stops when the host leaves the page', async () => {
    const { host, batches } = setUp();
    host.updated();
    host.disconnect();
    await aTimeout(1200);
    expect(batches).to.deep.equal([]);
  });

  it('renders everything at once before printing, only when asked to', async () => {
    const printing = setUp({ beforePrint: true });
    const reading = setUp();
    window.dispatchEvent(new Event('beforeprint'));
    expect(printing.waiting).to.deep.equal([]);
    expect(printing.batches).to.deep.equal([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    expect(reading.batches).to.deep.equal([]);
    printing.host.disconnect();
    reading.host.disconnect();
  });

  it('stops listening for print once the host leaves the page', () => {
    const { host, batches } = setUp({ beforePrint: true });
    host.disconnect();
    window.dispatchEvent(new Event('beforeprint'));
    expect(batches).to.deep.equal([]);
  });
});
