// The admin app's entry: only the shell, the router, the API client and the frame's messages in the
// staff member's locale load up front; each screen is its own chunk, fetched when first opened.
import { render } from 'preact';
import { App } from './app.tsx';
import { activate, loadAreas, startingLocale } from './i18n/catalogue.ts';
import './styles.css';

const root = document.getElementById('app')!;
const locale = startingLocale();
activate(locale, false);
loadAreas(locale, ['shell']).then(
  () => render(<App locale={locale} />, root),
  () => {
    root.textContent = 'The dashboard could not be loaded. Reload the page to try again.';
  },
);
