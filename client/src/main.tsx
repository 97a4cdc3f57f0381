import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/retry.ts';
import { App } from './App.tsx';
import { ViewBoundary } from './shell/ViewBoundary.tsx';
import { publishColourVariables } from './ui/tokens.ts';
import './ui/tokens.css';
import './ui/ui.css';
import './styles.css';

publishColourVariables();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <ViewBoundary>
        <App />
      </ViewBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
