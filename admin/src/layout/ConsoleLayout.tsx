import { type ReactNode, useEffect } from 'react';
import { AppBar, DefaultTitleContextProvider, Layout, TitlePortal, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { readSession } from '../auth/session';
import { ConsoleMenu } from './ConsoleMenu';
import { ConsoleUserMenu } from './ConsoleUserMenu';

function ConsoleAppBar() {
  const organization = readSession()?.organization;
  return (
    <AppBar userMenu={<ConsoleUserMenu />}>
      <TitlePortal />
      {organization ? (
        <Typography variant="body2" sx={{ mr: 2, opacity: 0.85 }} data-testid="organization-name">
          {organization.name}
        </Typography>
      ) : null}
    </AppBar>
  );
}

/**
 * react-admin's layout with the console's menu, a user menu that names the
 * organization and role, and the translated name as the browser tab's title.
 */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const title = translate('alg.app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <DefaultTitleContextProvider value={title}>
      <Layout menu={ConsoleMenu} appBar={ConsoleAppBar}>
        {children}
      </Layout>
    </DefaultTitleContextProvider>
  );
}
