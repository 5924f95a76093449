import { QueryClient } from '@tanstack/react-query';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './auth/authProvider';
import { CompoundingDashboard } from './dashboards/compounding/CompoundingDashboard';
import { LeaderboardsDashboard } from './dashboards/leaderboards/LeaderboardsDashboard';
import { MatrixDashboard } from './dashboards/matrix/MatrixDashboard';
import { OverviewDashboard } from './dashboards/overview/OverviewDashboard';
import { createDataProvider } from './dataProvider/dataProvider';
import { shouldRetryQuery } from './dataProvider/retryPolicy';
import { i18nProvider } from './i18n/i18nProvider';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { LoginPage } from './login/LoginPage';
import { apiKeysResource } from './resources/api-keys';
import { auditLogResource } from './resources/audit-log';
import { boothsResource } from './resources/booths';
import { campaignsResource } from './resources/campaigns';
import { completionsResource } from './resources/completions';
import { conversionWebhooksResource } from './resources/conversion-webhooks';
import { ecosystemsResource } from './resources/ecosystems';
import { importsResource } from './resources/imports';
import { interactionsResource } from './resources/interactions';
import { membersResource } from './resources/members';
import { participantsResource } from './resources/participants';
import { teamsResource } from './resources/teams';
import { trackedLinksResource } from './resources/tracked-links';
import { completionWebhooksResource } from './resources/completion-webhooks';
import { PointsSettings } from './settings/PointsSettings';

const dataProvider = createDataProvider();

// Cursors belong to one organization's lists, so a change of session drops them.
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
      dashboard={OverviewDashboard}
      requireAuth
      disableTelemetry
    >
      <Resource {...campaignsResource} />
      <Resource {...ecosystemsResource} />
      <Resource {...interactionsResource} />
      <Resource {...teamsResource} />
      <Resource {...participantsResource} />
      <Resource {...importsResource} />
      <Resource {...completionsResource} />
      <Resource {...boothsResource} />
      <Resource {...trackedLinksResource} />
      <Resource {...completionWebhooksResource} />
      <Resource {...conversionWebhooksResource} />
      <Resource {...apiKeysResource} />
      <Resource {...membersResource} />
      <Resource {...auditLogResource} />
      <CustomRoutes>
        <Route path="/matrix" element={<MatrixDashboard />} />
        <Route path="/leaderboards" element={<LeaderboardsDashboard />} />
        <Route path="/compounding" element={<CompoundingDashboard />} />
        <Route path="/points" element={<PointsSettings />} />
      </CustomRoutes>
    </Admin>
  );
}
