// Browser entry point: the stylesheet, then the app (app/start-app.tsx) in #root.
import { startApp } from './app/start-app';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void startApp(container);
