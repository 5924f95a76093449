import { ListItemText, MenuItem } from '@mui/material';
import { Logout, UserMenu, useTranslate } from 'react-admin';
import { readSession } from '../auth/session';

/** Shows the user menu: who is signed in, into which organization, with which role, and sign-out. */
export function ConsoleUserMenu() {
  const translate = useTranslate();
  const session = readSession();
  return (
    <UserMenu>
      {session ? (
        <MenuItem disabled sx={{ opacity: '1 !important' }} data-testid="session-summary">
          <ListItemText
            primary={session.organization.name}
            secondary={translate('alg.session.summary', {
              who: session.credential.kind === 'password' ? session.credential.email : translate('alg.session.api_key'),
              role: translate(`alg.roles.${session.role}`),
            })}
          />
        </MenuItem>
      ) : null}
      <Logout />
    </UserMenu>
  );
}
