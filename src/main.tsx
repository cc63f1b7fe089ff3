import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { startStorage } from './app/startStorage';
import { setupI18n } from './i18n';
import { startServiceWorker } from './pwa/serviceWorker';
import './styles/app.css';

void setupI18n().then((i18n) => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
});
void startStorage();
startServiceWorker();
