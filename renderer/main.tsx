import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import './styles/base.css';
import './styles/theme-dark.css';
import { App } from './App';
import { ApiProvider } from './api/ApiContext';
import { api, apiTransport } from './api/client';
import { BridgeMissingScreen } from './components/BridgeMissing/BridgeMissingScreen';
import { RootErrorBoundary } from './components/CrashScreen/RootErrorBoundary';
import { I18nProvider } from './i18n/I18nProvider';
import { installZwnjInEveryField } from './text/zwnj';

installZwnjInEveryField();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={api}>
      <I18nProvider>
        {apiTransport.kind === 'missing-bridge' ? (
          <BridgeMissingScreen />
        ) : (
          <RootErrorBoundary>
            <App />
          </RootErrorBoundary>
        )}
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
