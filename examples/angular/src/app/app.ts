import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// One element, registered by its own entry; its class and event detail types come with the package.
import 'ketamine-widgets/ketamine-faq.js';
import type { FaqToggleDetail } from 'ketamine-widgets';

@Component({
  selector: 'app-root',
  // Lets the template use the library's tags; Angular then binds [prop] to the element's property.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Lakeside Mind Clinic</h1>
      <ketamine-faq clinic-name="Lakeside Mind Clinic" phone="(555) 010-2345" [content]="override" (faq-toggle)="onToggle($event)"></ketamine-faq>
      <p id="last-toggle">Last question toggled: {{ lastToggle() }}</p>
    </main>
  `,
})
export class App {
  /** An object prop: Angular sets the element's `content` property. */
  protected readonly override = { hide: ['insurance'] };
  protected readonly lastToggle = signal('none yet');

  protected onToggle(event: Event): void {
    const { id, open } = (event as CustomEvent<FaqToggleDetail>).detail;
    this.lastToggle.set(`${id} ${open ? 'opened' : 'closed'}`);
  }
}
