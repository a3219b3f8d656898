// The demo's language switch: sets `lang` on <html>; every widget follows its nearest ancestor
// (the elements observe ancestor `lang` changes themselves).
const select = document.querySelector<HTMLSelectElement>('#lang');
select?.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
