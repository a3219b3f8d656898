// Layout checks run inside the page: horizontal scroll, clipped content, print legibility.

/** Problems with horizontal overflow or clipped content inside the widgets' shadow roots. */
export function layoutProblems(page, tags) {
  return page.evaluate((tags) => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > innerWidth) {
      problems.push(`horizontal scroll: scrollWidth ${document.documentElement.scrollWidth} > innerWidth ${innerWidth}`);
    }
    const describe = (el) =>
      `${el.getRootNode().host?.localName ?? 'page'} ${el.localName}${el.part?.length ? `[part=${el.part.value}]` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const tag of tags) {
      for (const host of document.querySelectorAll(tag)) {
        for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
          if (!el.checkVisibility({ visibilityProperty: true })) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width <= 1 || rect.height <= 1) continue; // visually-hidden text
          if (rect.left < -0.5 || rect.right > width + 0.5)
            problems.push(`outside the viewport (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width}): ${describe(el)}`);
          const style = getComputedStyle(el);
          if (/hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
            problems.push(`clipped (scrollWidth ${el.scrollWidth} > ${el.clientWidth}): ${describe(el)}`);
        }
      }
    }
    return problems.slice(0, 20);
  }, tags);
}

/**
 * In print: every FAQ answer and every side effect shows; the only visible buttons are the FAQ's
 * question toggles and disclosures printed open (their summary is then a title), and
 * links styled as buttons (`.button`: "Call 988") print as plain legible text, not as filled
 * boxes (paper drops backgrounds, so white-on-colour text would vanish); the quiz's result text
 * is legible (at least 10 px, 4.5:1 against white paper).
 */
export function printProblems(page, tags) {
  return page.evaluate((tags) => {
    const problems = [];
    const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().height > 1;
    const isFaqToggle = (el) =>
      el.getRootNode().host?.localName === 'ketamine-faq' &&
      (el.localName === 'summary' || (el.localName === 'button' && el.hasAttribute('aria-expanded') && el.hasAttribute('aria-controls')));
    // A disclosure whose content prints (side effects) is a title line on paper, not a control.
    const printsOpen = (el) => el.localName === 'summary' && el.nextElementSibling !== null && visible(el.nextElementSibling);
    const luminance = (rgb) => {
      const [r, g, b] = rgb
        .match(/[\d.]+/g)
        .slice(0, 3)
        .map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const onPaper = (style) => 1.05 / (luminance(style.color) + 0.05);
    const filled = (style) => !/^(transparent|rgba\(\d+, \d+, \d+, 0\)|rgb\(255, 255, 255\))$/.test(style.backgroundColor);
    const label = (el) => `"${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    for (const tag of tags) {
      for (const host of document.querySelectorAll(tag)) {
        const root = host.shadowRoot;
        for (const button of root.querySelectorAll('button, summary, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]')) {
          if (visible(button) && !isFaqToggle(button) && !printsOpen(button)) problems.push(`<${tag}> prints a button: ${label(button)}`);
        }
        if (tag === 'side-effects-list') {
          // Every side effect prints in full: the summary layout's hidden ones and each disclosure's body.
          for (const item of root.querySelectorAll('[part="effect"]')) {
            const body = item.querySelector('.effect-body');
            if (!visible(item) || !body || !visible(body)) problems.push(`side effect hidden in print: ${label(item)}`);
          }
        }
        for (const link of root.querySelectorAll('a.button, a[part]')) {
          if (!visible(link)) continue;
          const style = getComputedStyle(link);
          if (filled(style) || onPaper(style) < 4.5)
            problems.push(`<${tag}> prints a link as a button or illegibly (${style.backgroundColor}, ${onPaper(style).toFixed(1)}:1): ${label(link)}`);
        }
        if (tag === 'ketamine-faq') {
          for (const toggle of root.querySelectorAll('button[aria-controls], details > summary')) {
            const answer = toggle.localName === 'summary' ? toggle.nextElementSibling : root.getElementById(toggle.getAttribute('aria-controls'));
            if (!answer || !visible(answer)) problems.push(`FAQ answer hidden in print: ${label(toggle)}`);
          }
        }
        if (tag === 'candidacy-quiz') {
          const texts = [...root.querySelectorAll('*')].filter((el) => visible(el) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
          if (!texts.length) problems.push('quiz prints no text');
          for (const el of texts) {
            const style = getComputedStyle(el);
            const size = parseFloat(style.fontSize);
            if (size < 10 || onPaper(style) < 4.5 || Number(style.opacity) < 1)
              problems.push(`quiz text not legible in print (${size}px, ${onPaper(style).toFixed(1)}:1): ${label(el)}`);
          }
        }
      }
    }
    return problems.slice(0, 20);
  }, tags);
}
