// Below-the-fold elements render after the first paint: tested on the shared base through the probe element.
import { aTimeout, expect, fixtureCleanup, nextFrame, waitUntil } from '@open-wc/testing';
import { KwProbe } from './test/probe-element.js';

const rendered = (el: Element) => !!el.shadowRoot?.querySelector('[part~="footer"]');
/** Resolves in the next task: everything the current task's microtasks did is done by then. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A container on the page, removed after each test. */
function stage(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  stages.push(container);
  return container;
}
const stages: HTMLElement[] = [];

function spacer(height: number): HTMLElement {
  const div = document.createElement('div');
  div.style.height = `${height}px`;
  return div;
}

/** A probe below a spacer `screens` viewports tall. */
function probeBelow(screens = 3): KwProbe {
  const el = document.createElement('kw-probe');
  stage().append(spacer(innerHeight * screens), el);
  return el;
}

/** Idle periods played by the test: `runIdle()` runs the callbacks queued so far. */
function holdIdleCallbacks() {
  const original = window.requestIdleCallback;
  let queued: IdleRequestCallback[] = [];
  window.requestIdleCallback = (callback) => queued.push(callback);
  return {
    runIdle() {
      const due = queued;
      queued = [];
      for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 50 });
    },
    get queued() {
      return queued.length;
    },
    restore: () => (window.requestIdleCallback = original),
  };
}

describe('FirstRenderScheduler (KwElement first render)', () => {
  let idle: ReturnType<typeof holdIdleCallbacks>;
  beforeEach(() => {
    idle = holdIdleCallbacks();
  });
  afterEach(() => {
    idle.restore();
    window.dispatchEvent(new Event('beforeprint')); // nothing left waiting for the next test
    for (const container of stages.splice(0)) container.remove();
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('renders an element inside the viewport in the same task, as before', async () => {
    const el = document.createElement('kw-probe');
    stage().append(el);
    let done = false;
    void el.updateComplete.then(() => (done = true));
    await nextTask();
    expect(rendered(el)).to.equal(true);
    expect(done).to.equal(true);
  });

  it('holds an element below the viewport until an idle period after the next paint; updateComplete resolves after that render', async () => {
    const el = probeBelow();
    let renderedWhenComplete: boolean | null = null;
    void el.updateComplete.then(() => (renderedWhenComplete = rendered(el)));
    await nextTask();
    await nextFrame();
    await aTimeout(50);
    expect(rendered(el), 'rendered before idle').to.equal(false);
    expect(el.hasUpdated).to.equal(false);
    expect(renderedWhenComplete).to.equal(null);
    await waitUntil(() => idle.queued > 0, 'an idle callback queued after the paint', { timeout: 2000 });
    idle.runIdle();
    expect(rendered(el), 'rendered in the idle period').to.equal(true);
    await el.updateComplete;
    expect(renderedWhenComplete).to.equal(true);
  });

  it('renders without requestIdleCallback too (a timer instead)', async () => {
    idle.restore();
    const original = window.requestIdleCallback;
    // @ts-expect-error: a browser without it
    delete window.requestIdleCallback;
    try {
      const el = probeBelow();
      await nextTask();
      expect(rendered(el)).to.equal(false);
      await waitUntil(() => rendered(el), 'rendered after a timer', { timeout: 3000 });
    } finally {
      window.requestIdleCallback = original;
    }
  });

  it('renders when the reader scrolls within a viewport of it, with no idle period', async () => {
    const el = probeBelow(4);
    await nextTask();
    await nextFrame();
    expect(rendered(el)).to.equal(false);
    scrollTo(0, innerHeight * 2.5); // its top is now 1.5 viewports below the top of the viewport
    await waitUntil(() => rendered(el), 'rendered on approach', { timeout: 2000 });
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
  });

  it('renders every waiting element at once on beforeprint', async () => {
    const el = probeBelow();
    const second = document.createElement('kw-probe');
    el.after(spacer(innerHeight), second);
    await nextTask();
    expect(rendered(el) || rendered(second)).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(el) && rendered(second)).to.equal(true);
  });

  it('renders every waiting element at once on hashchange (a link into a widget)', async () => {
    const el = probeBelow();
    await nextTask();
    expect(rendered(el)).to.equal(false);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(rendered(el)).to.equal(true);
  });

  it('decides in document order, each measured with the ones above it rendered', async () => {
    // Before anything renders, both probes start 40 px above the fold; the first one's content pushes the second below it.
    const container = stage();
    const first = document.createElement('kw-probe');
    const second = document.createElement('kw-probe');
    container.append(spacer(innerHeight - 40), second);
    second.before(first); // connected after the second: the order they ask in is not the page's
    await nextTask();
    expect(rendered(first)).to.equal(true);
    expect(rendered(second)).to.equal(false);
    expect(second.getBoundingClientRect().top).to.be.at.least(innerHeight);
  });

  it('renders at once an element above the viewport (the page is already scrolled past it)', async () => {
    const container = stage();
    container.append(spacer(innerHeight * 3));
    scrollTo(0, innerHeight * 2);
    const el = document.createElement('kw-probe');
    container.prepend(el);
    await nextTask();
    expect(rendered(el)).to.equal(true);
  });

  it('decides again when a waiting element moves: into the viewport, it renders', async () => {
    const el = probeBelow();
    await nextTask();
    expect(rendered(el)).to.equal(false);
    document.body.prepend(el);
    await nextTask();
    expect(rendered(el)).to.equal(true);
    el.remove();
  });

  it('removed while waiting, it renders nothing until it is back, then waits again where it is', async () => {
    const el = probeBelow();
    await nextTask();
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(el)).to.equal(false);
    stage().append(el); // below the first probe's spacer
    await nextTask();
    expect(rendered(el)).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(el)).to.equal(true);
  });

  describe('never waits', () => {
    it('when the URL has a #fragment', async () => {
      const url = location.href;
      history.replaceState(history.state, '', '#somewhere');
      try {
        const el = probeBelow();
        await nextTask();
        expect(rendered(el)).to.equal(true);
      } finally {
        history.replaceState(history.state, '', url);
      }
    });

    it('without IntersectionObserver', async () => {
      const original = window.IntersectionObserver;
      // @ts-expect-error: a browser without it
      delete window.IntersectionObserver;
      try {
        const el = probeBelow();
        await nextTask();
        expect(rendered(el)).to.equal(true);
      } finally {
        window.IntersectionObserver = original;
      }
    });

    it('while the page is hidden', async () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        const el = probeBelow();
        await nextTask();
        expect(rendered(el)).to.equal(true);
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
      }
      expect(document.visibilityState).to.equal('visible');
    });

    it('after the first render (later updates are not held)', async () => {
      const el = probeBelow();
      await nextTask();
      window.dispatchEvent(new Event('beforeprint'));
      expect(rendered(el)).to.equal(true);
      el.clinicName = 'Lakeside';
      el.phone = '555 010 2345';
      await nextTask();
      expect(el.shadowRoot!.querySelector('[part~="cta-call"]')?.textContent).to.contain('Lakeside');
    });
  });
});
