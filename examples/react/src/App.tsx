// The elements, registered by their own entries (each `import` defines its tag once).
import 'ketamine-widgets/ketamine-faq.js';
import 'ketamine-widgets/cost-estimator.js';
// JSX types for the four tags: attributes, object props and on<event> handlers, checked by tsc.
import type {} from 'ketamine-widgets/jsx';
import { useState } from 'react';

export function App() {
  const [lastToggle, setLastToggle] = useState('none yet');
  return (
    <main>
      <h1>Lakeside Mind Clinic</h1>
      {/* React 19 sets `content` as a property (an object), and `onfaq-toggle` listens for the
          element's `faq-toggle` event; `event.detail` is typed { id, open }. */}
      <ketamine-faq
        clinic-name="Lakeside Mind Clinic"
        phone="(555) 010-2345"
        content={{ hide: ['insurance'] }}
        onfaq-toggle={(event) => setLastToggle(`${event.detail.id} ${event.detail.open ? 'opened' : 'closed'}`)}
      />
      <p id="last-toggle">Last question toggled: {lastToggle}</p>
      {/* Clinic prices as an object: the element takes it as it is (or as its JSON text). */}
      <cost-estimator treatment="iv" prices={{ iv: 450 }} consultation-fee="250" clinic-name="Lakeside Mind Clinic" />
    </main>
  );
}
