import { addons } from 'storybook/manager-api';

// Storybook 10.6's zoom tool logs "'ariaLabel' prop on 'PopoverProvider' will become mandatory" on
// every page; the viewport tool (320 / 768 / 1280) and the browser's own zoom cover what it did.
addons.setConfig({ toolbar: { zoom: { hidden: true } } });
