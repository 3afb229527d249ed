// The admin app's entry: only the shell, the router and the API client load up front; each screen
// is its own chunk, fetched when first opened.
import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

render(<App />, document.getElementById('app')!);
