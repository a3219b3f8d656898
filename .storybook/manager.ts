import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'ketamine-widgets',
    brandUrl: 'https://github.com/ketamine-widgets/ketamine-widgets',
    brandTarget: '_self',
    colorPrimary: '#0b57a4',
    colorSecondary: '#0b57a4',
  }),
  sidebar: { showRoots: true },
});
