import './quiet-lit.js';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { enhanceControls, manifest } from './manifest.js';
import { renderFromArgs } from './render.js';
import { captureConsoleErrors, checkConsoleErrors, checkReflow, settle, waitForExpectedErrors } from './story-checks.js';
import { STORY_THEMES } from './themes.js';
import { withGlobals } from './with-globals.js';

if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme of every element in the story: the defaults or an example clinic brand',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(STORY_THEMES).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of every element in the story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'es', right: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the page around the elements',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en', dir: 'ltr' },
  decorators: [withGlobals],
  render: renderFromArgs,
  argTypesEnhancers: [(context) => enhanceControls(context.argTypes, context.component)],
  parameters: {
    layout: 'fullscreen',
    // Every axe violation fails the story's test (the a11y panel shows it in the UI).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    docs: {
      toc: true,
      // The code a designer copies is the element, not the toolbar wrapper around it.
      source: { excludeDecorators: true },
    },
    viewport: {
      options: {
        ...MINIMAL_VIEWPORTS,
        narrow320: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone375: { name: 'Phone (375 px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        zoom200: { name: '200 % zoom of a 1280 px screen (640 px)', styles: { width: '640px', height: '400px' }, type: 'tablet' },
        tablet768: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop1280: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Design tokens', 'Content', 'Accessibility', 'Embed-code builder', 'Elements', '*', 'Interactions', 'Themes'],
      },
    },
  },
  beforeEach: (context) => captureConsoleErrors(context),
  afterEach: async (context) => {
    await settle(context.canvasElement);
    await waitForExpectedErrors(context);
    checkConsoleErrors(context);
    checkReflow(context);
  },
  tags: ['autodocs'],
};
export default preview;
