import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/ketamine-faq/define.js';

/** The controls every story shares; each maps to one attribute of the element. */
interface FaqArgs {
  lang: 'en' | 'es';
  theme: 'auto' | 'light' | 'dark';
  category: string;
  headingLevel: number;
  searchable: boolean;
  single: boolean;
  open: string;
  query: string;
  linkHash: boolean;
  structuredData: boolean;
  clinicName: string;
  phone: string;
  bookingUrl: string;
}

const renderFaq = (args: FaqArgs) =>
  html`<ketamine-faq
    lang=${args.lang}
    theme=${args.theme}
    category=${args.category || nothing}
    heading-level=${args.headingLevel}
    ?searchable=${args.searchable}
    ?single=${args.single}
    open=${args.open || nothing}
    query=${args.query || nothing}
    ?link-hash=${args.linkHash}
    ?structured-data=${args.structuredData}
    clinic-name=${args.clinicName || nothing}
    phone=${args.phone || nothing}
    booking-url=${args.bookingUrl || nothing}
  ></ketamine-faq>`;

const meta: Meta<FaqArgs> = {
  title: 'Elements/ketamine-faq',
  component: 'ketamine-faq',
  render: renderFaq,
  args: {
    lang: 'en',
    theme: 'auto',
    category: '',
    headingLevel: 2,
    searchable: false,
    single: false,
    open: '',
    query: '',
    linkHash: false,
    structuredData: false,
    clinicName: '',
    phone: '',
    bookingUrl: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
};
export default meta;

type Story = StoryObj<FaqArgs>;

export const Default: Story = {};

export const Spanish: Story = { args: { lang: 'es', searchable: true } };

export const Dark: Story = {
  args: { theme: 'dark', searchable: true, open: 'what-is-ketamine-therapy' },
  // `open` scrolls to the question: in Docs, an iframe keeps the docs page from jumping.
  parameters: { backgrounds: { default: 'dark' }, docs: { story: { inline: false, height: '600px' } } },
};

export const Brand: Story = {
  name: 'Brand',
  args: { searchable: true, clinicName: 'Lakeside Clinic', phone: '(555) 010-2345', bookingUrl: 'https://book.lakeside.example/new' },
  render: (args) =>
    html`<div
      class="brand-wrapper"
      style="--kw-accent:#6b2163;--kw-focus-ring:#6b2163;--kw-highlight:#fde2f3;--kw-font-family:Georgia,serif;--kw-radius:2px;--kw-dark-accent:#f0a8e4"
    >
      ${renderFaq(args)}
    </div>`,
};

export const Narrow320: Story = {
  name: 'Narrow 320',
  args: { searchable: true, open: 'spravato-visit' },
  parameters: { docs: { story: { inline: false, height: '600px' } } },
  render: (args) => html`<div style="width:320px;border:1px dashed #888">${renderFaq(args)}</div>`,
};

export const InvalidOverride: Story = {
  name: 'Invalid override',
  // The refused override is logged on purpose: the story shows the notice and the bundled fallback.
  parameters: { consoleErrors: [/\[ketamine-faq\] content \(script\)/] },
  render: (args) =>
    html`<ketamine-faq lang=${args.lang} theme=${args.theme} category="cost">
      <script type="application/json">
        { "categories": [{ "id": "cost", "items": [{ "id": "clinic-parking", "question": "Where do I park?", "answer": "" }] }] }
      </script>
    </ketamine-faq>`,
};

export const ClinicOverride: Story = {
  name: 'Clinic override',
  render: (args) =>
    html`<ketamine-faq lang=${args.lang} theme=${args.theme} category="sessions,cost">
      <script type="application/json">
        {
          "categories": [
            {
              "id": "sessions",
              "items": [
                {
                  "id": "clinic-parking",
                  "question": "Where do I park?",
                  "answer": "Free parking is behind the building. Bring a driver: you cannot drive home after a treatment."
                }
              ]
            }
          ],
          "hide": ["spravato-cost"]
        }
      </script>
    </ketamine-faq>`,
};

export const Searchable: Story = { args: { searchable: true } };

export const SearchWithQuery: Story = { name: 'Searchable with a query', args: { searchable: true, query: 'blood pressure' } };

export const SearchNoMatches: Story = { name: 'Search with no matches', args: { searchable: true, query: 'xylophone' } };

export const SpanishSearchWithoutAccents: Story = { name: 'Spanish search without accents', args: { lang: 'es', searchable: true, query: 'presion' } };

export const Single: Story = {
  name: 'Single mode',
  args: { single: true, open: 'spravato-schedule' },
  parameters: { docs: { story: { inline: false, height: '600px' } } },
};

/** Inside a page section headed by an h3: categories h4, questions h5. */
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { headingLevel: 4 } };

export const WithCallToAction: Story = {
  name: 'With call to action',
  args: { clinicName: 'Lakeside Clinic', phone: '(555) 010-2345', bookingUrl: 'https://book.lakeside.example/new' },
};

export const StructuredData: Story = { name: 'Structured data', args: { structuredData: true, category: 'cost' } };

export const Basics: Story = { name: 'Category: basics', args: { category: 'basics' } };
export const Forms: Story = { name: 'Category: forms', args: { category: 'forms' } };
export const Conditions: Story = { name: 'Category: conditions', args: { category: 'conditions' } };
export const Sessions: Story = { name: 'Category: sessions', args: { category: 'sessions' } };
export const Schedule: Story = { name: 'Category: schedule', args: { category: 'schedule' } };
export const Safety: Story = { name: 'Category: safety', args: { category: 'safety' } };
export const Cost: Story = { name: 'Category: cost', args: { category: 'cost' } };
export const Providers: Story = { name: 'Category: providers', args: { category: 'providers' } };
export const SafetyAndCost: Story = { name: 'Categories: safety and cost', args: { category: 'safety,cost' } };
