import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';
import { setupI18n } from './i18n/i18n';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/forms.css';
import './ui/styles/data.css';

const queryClient = createQueryClient();
const router = createRouter(queryClient);

void setupI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
