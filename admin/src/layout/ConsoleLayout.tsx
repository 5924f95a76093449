import { type ReactNode, useEffect } from 'react';
import { DefaultTitleContextProvider, Layout, useTranslate } from 'react-admin';

/**
 * react-admin's layout with the console's translated name as the default
 * page title and as the browser tab's title.
 */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const title = translate('alg.app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <DefaultTitleContextProvider value={title}>
      <Layout>{children}</Layout>
    </DefaultTitleContextProvider>
  );
}
