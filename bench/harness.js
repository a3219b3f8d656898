// The in-page measuring tool. The runner injects it before any page script (Playwright's
// addInitScript), identically into every page, the floor included, so it costs every page the
// same. It is not part of the page's JavaScript bytes (those count only .js responses).
//
// It records:
// - layout shifts, long tasks and paint timings (PerformanceObserver, buffered);
// - a frame log: in every animation frame until the page is measured, the state of each widget
//   as that frame will paint it (not defined yet / defined but not rendered / rendered) and its
//   height and position. A frame that paints a widget un-upgraded or empty, followed by its
//   rendered state, is a flash of un-upgraded content;
// - "content rendered": after DOMContentLoaded (module scripts have run), every widget tag is
//   defined (`customElements.whenDefined`), every widget's `updateComplete` has resolved and it
//   shows its content (its footer is rendered: KwElement renders body and footer together), then
//   a forced layout of every widget and item. The floor reaches the same point at
//   DOMContentLoaded plus a forced layout of its <details>.
// - pre-rendered pages (`prerendered`, issue 18): the content is in the HTML (declarative shadow
//   DOM), so "content rendered" is taken the floor's way, at DOMContentLoaded plus a forced layout,
//   for every widget whose shadow root already holds its footer; a widget pre-rendered only as a
//   light-DOM fallback (cost estimator, quiz) counts once its script has rendered it. Hydration is
//   recorded on its own: `hydrated` when every widget is defined and its `updateComplete` resolved.
// - "first viewport rendered" (issue 18): the same point for the widgets whose box intersects the
//   first viewport (top of the page, in the layout once every widget has rendered): each widget's
//   time is taken when it shows its content, after a forced layout, and the figure is the latest of
//   those. Widgets below the first viewport may render after the first paint (KwElement's
//   FirstRenderScheduler); they count in "content rendered", not here. The floor's figure is its
//   "content rendered"; a page with no widget in the first viewport has none.

export function harness(tags, { prerendered = false } = {}) {
  const B = (window.__bench = {
    shifts: [],
    longTasks: [],
    paints: {},
    frames: [],
    rendered: null,
    hydrated: null,
    events: [],
    // Per widget, in document order: when it showed its content (laid out), and the first task after the next frame.
    renderedAt: [],
    paintedAt: [],
    firstViewport: null,
  });
  const selector = tags.join(',');
  const observe = (type, fn, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra });
    } catch {
      /* unsupported entry type */
    }
  };
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) B.shifts.push({ t: entry.startTime, value: entry.value });
  });
  observe('longtask', (entry) => B.longTasks.push({ t: entry.startTime, d: entry.duration }));
  observe('paint', (entry) => (B.paints[entry.name] = entry.startTime));
  observe(
    'event',
    (entry) => {
      if (entry.interactionId) B.events.push({ name: entry.name, t: entry.startTime, d: entry.duration, id: entry.interactionId });
    },
    { durationThreshold: 16 },
  );

  // Our widgets render body and footer together, so a footer means the content is there. A peer
  // component (bench/peers.js) counts as rendered once its shadow root has content.
  const OURS = ['ketamine-faq', 'side-effects-list', 'cost-estimator', 'candidacy-quiz'];
  const isRendered = (el) => (OURS.includes(el.localName) ? !!el.shadowRoot?.querySelector('footer, [part~="footer"]') : !!el.shadowRoot?.childNodes.length);
  // A pre-rendered widget shows its content before it is defined: its declarative shadow root counts as rendered.
  const stateOf = (el) => (isRendered(el) ? 'r' : !el.matches(':defined') ? 'u' : 'p');

  // The frame log. rAF callbacks run just before the frame's style, layout and paint, so the
  // state read here (with a forced layout) is what that frame paints.
  if (tags.length) {
    const frame = () => {
      if (B.stopFrames) return;
      const els = document.querySelectorAll(selector);
      if (els.length) {
        B.frames.push({
          t: performance.now(),
          vh: innerHeight,
          // The parser is still inside the page: a pre-rendered widget may be painted half parsed.
          parsing: document.readyState === 'loading',
          els: [...els].map((el) => {
            const rect = el.getBoundingClientRect();
            return { tag: el.localName, s: stateOf(el), h: Math.round(rect.height), top: Math.round(rect.top + scrollY) };
          }),
        });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }

  const domReady = () =>
    new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve, { once: true }) : resolve()));

  // Resolves once `el` shows its content; re-checks on every change of its shadow tree.
  const renderedOf = async (el) => {
    await el.updateComplete;
    if (isRendered(el)) return;
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (isRendered(el)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(el.shadowRoot ?? el, { childList: true, subtree: true });
      if (isRendered(el)) {
        observer.disconnect();
        resolve();
      }
    });
    await el.updateComplete;
  };

  // Records when widget `index` shows its content, laid out, and when the next frame has been painted.
  const stamp = (el, index) => {
    el.getBoundingClientRect();
    B.renderedAt[index] = performance.now();
    requestAnimationFrame(() => setTimeout(() => (B.paintedAt[index] = performance.now())));
  };

  (async () => {
    try {
      await domReady();
      const els = [...document.querySelectorAll(selector || 'never-an-element')];
      const defined = () => Promise.all([...new Set(els.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
      if (prerendered) {
        const hydration = defined()
          .then(() => Promise.all(els.map((el) => el.updateComplete)))
          .then(() => (B.hydrated = performance.now()));
        const inHtml = els.filter(isRendered);
        inHtml.forEach((el) => stamp(el, els.indexOf(el)));
        if (inHtml.length < els.length) {
          await defined();
          await Promise.all(els.map((el, index) => (inHtml.includes(el) ? null : renderedOf(el).then(() => stamp(el, index)))));
        }
        hydration.catch((error) => (B.error = String(error?.stack ?? error)));
      } else {
        await defined();
        await Promise.all(els.map((el, index) => renderedOf(el).then(() => stamp(el, index))));
      }
      // Items laid out: force layout and count what is there.
      let items = 0;
      for (const el of els) {
        el.getBoundingClientRect();
        items += el.shadowRoot?.querySelectorAll('details, [part~="item"], fieldset').length ?? 0;
      }
      const details = document.querySelectorAll('details');
      for (const d of details) d.getBoundingClientRect();
      items += details.length;
      document.body.getBoundingClientRect();
      performance.mark('content-rendered');
      B.rendered = performance.now();
      B.items = items;
      B.heights = els.map((el) => Math.round(el.getBoundingClientRect().height));
      // The widgets a reader sees without scrolling, in the finished layout (page coordinates).
      const inFirstViewport = els.map((el) => {
        const rect = el.getBoundingClientRect();
        return rect.top + scrollY < innerHeight && rect.bottom + scrollY > 0;
      });
      const seen = els.map((_, index) => index).filter((index) => inFirstViewport[index]);
      B.firstViewport = els.length
        ? {
            tags: seen.map((index) => els[index].localName),
            indexes: seen,
            rendered: seen.length ? Math.max(...seen.map((index) => B.renderedAt[index])) : null,
          }
        : { tags: [], indexes: [], rendered: B.rendered };
      requestAnimationFrame(() => setTimeout(() => (B.renderedPainted = performance.now())));
    } catch (error) {
      B.error = String(error?.stack ?? error);
    }
  })();
}

/**
 * In-page interaction probe. `arm(eventName, check)` installs one-shot capture listeners for the event that
 * completes the interaction (`click` for a click, `input` for a field change or keystroke); the
 * latency is from that event's timestamp to the first task after the next animation frame, i.e.
 * the next frame painted with the handlers' work in it. `check` runs inside that frame's rAF and
 * records whether the interaction's result is already visible in it (`open`: the clicked FAQ item
 * is open with its answer laid out).
 */
export function probe() {
  const CHECKS = {
    // The item the click landed in is open and its answer has height in this very frame.
    open(path) {
      for (const node of path) {
        if (node.localName === 'details') {
          const summary = node.querySelector(':scope > summary');
          return node.open && node.getBoundingClientRect().height > (summary?.getBoundingClientRect().height ?? 0) + 1;
        }
        if (node.getAttribute?.('aria-expanded') != null) {
          if (node.getAttribute('aria-expanded') !== 'true') return false;
          const id = node.getAttribute('aria-controls');
          const panel = id ? node.getRootNode().getElementById?.(id) : null;
          return panel ? panel.getBoundingClientRect().height > 0 : true;
        }
      }
      return null;
    },
  };
  const P = (window.__probe = {});
  P.arm = (eventName, checkName) => {
    P.pending = new Promise((resolve) => {
      const onEvent = (event) => {
        window.removeEventListener(eventName, onEvent, true);
        const start = event.timeStamp;
        const path = event.composedPath();
        requestAnimationFrame(() => {
          let visible = null;
          try {
            visible = CHECKS[checkName] ? CHECKS[checkName](path) : null;
          } catch (error) {
            visible = String(error);
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ latency: performance.now() - start, visibleInNextFrame: visible });
          channel.port2.postMessage(0);
        });
      };
      window.addEventListener(eventName, onEvent, true);
    });
  };
}
