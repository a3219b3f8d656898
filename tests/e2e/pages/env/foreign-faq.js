// Another vendor's <ketamine-faq>, defined before our bundle loads.
customElements.define(
  'ketamine-faq',
  class ForeignFaq extends HTMLElement {
    connectedCallback() {
      this.dataset.foreign = 'yes';
    }
  },
);
