// The demo's language switch: sets `lang` on <html>; every widget follows its nearest ancestor.
const select = document.querySelector<HTMLSelectElement>('#lang');
select?.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  // Widgets resolve an inherited lang when their own attribute changes; nudge them.
  for (const el of document.querySelectorAll('ketamine-faq, side-effects-list, cost-estimator, candidacy-quiz')) {
    el.setAttribute('lang', select.value);
  }
});
