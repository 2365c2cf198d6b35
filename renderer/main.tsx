import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import './styles/base.css';
import './styles/theme-dark.css';
import { App } from './App';
import { apiTransport } from './api/client';
import { BridgeMissingScreen } from './components/BridgeMissing/BridgeMissingScreen';
import { I18nProvider } from './i18n/I18nProvider';
import { installZwnjInEveryField } from './text/zwnj';

installZwnjInEveryField();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      {apiTransport.kind === 'missing-bridge' ? <BridgeMissingScreen /> : <App />}
    </I18nProvider>
  </StrictMode>,
);
