import { QueryClient } from '@tanstack/react-query';
import { Admin, Resource } from 'react-admin';
import { createAuthProvider } from './auth/authProvider';
import { createDataProvider } from './dataProvider/dataProvider';
import { shouldRetryQuery } from './dataProvider/retryPolicy';
import { i18nProvider } from './i18n/i18nProvider';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { LoginPage } from './login/LoginPage';
import { campaignsResource } from './resources/campaigns';
import { ecosystemsResource } from './resources/ecosystems';
import { interactionsResource } from './resources/interactions';
import { participantsResource } from './resources/participants';

const dataProvider = createDataProvider();

// Cursors belong to one organization's lists, so a change of API key drops them.
const authProvider = createAuthProvider({ onSessionChange: () => dataProvider.resetCursors() });

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetryQuery } },
});

export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      queryClient={queryClient}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={ConsoleLayout}
      requireAuth
      disableTelemetry
    >
      <Resource {...campaignsResource} />
      <Resource {...participantsResource} />
      <Resource {...ecosystemsResource} />
      <Resource {...interactionsResource} />
    </Admin>
  );
}
