import AccountTreeIcon from '@mui/icons-material/AccountTree';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import GridOnIcon from '@mui/icons-material/GridOn';
import TuneIcon from '@mui/icons-material/Tune';
import { ListSubheader } from '@mui/material';
import { Menu, useCanAccess, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { hasRole, type Role } from '../auth/permissions';

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return null;
  return (
    <ListSubheader component="div" disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
      {translate(title)}
    </ListSubheader>
  );
}

/** Shows a resource entry when the role may list the resource. */
function ResourceEntry({ name }: { name: string }) {
  const { canAccess } = useCanAccess({ action: 'list', resource: name });
  return canAccess ? <Menu.ResourceItem name={name} /> : null;
}

/** Shows the console's menu: dashboards first, then the work of a marketing team, then administration. */
export function ConsoleMenu() {
  const { permissions } = usePermissions<Role | null>();
  const isAdmin = permissions ? hasRole(permissions, 'admin') : false;
  return (
    <Menu>
      <Section title="alg.menu.dashboards" />
      <Menu.Item to="/" primaryText="alg.menu.overview" leftIcon={<DashboardIcon />} />
      <Menu.Item to="/matrix" primaryText="alg.menu.matrix" leftIcon={<GridOnIcon />} />
      <Menu.Item to="/leaderboards" primaryText="alg.menu.leaderboards" leftIcon={<EmojiEventsIcon />} />
      <Menu.Item to="/compounding" primaryText="alg.menu.compounding" leftIcon={<AccountTreeIcon />} />
      <Section title="alg.menu.programs" />
      <ResourceEntry name="campaigns" />
      <ResourceEntry name="ecosystems" />
      <ResourceEntry name="interactions" />
      <ResourceEntry name="teams" />
      <Section title="alg.menu.people" />
      <ResourceEntry name="participants" />
      <ResourceEntry name="imports" />
      <Section title="alg.menu.activity" />
      <ResourceEntry name="completions" />
      <ResourceEntry name="booths" />
      <ResourceEntry name="tracked-links" />
      {isAdmin ? (
        <>
          <Section title="alg.menu.administration" />
          <ResourceEntry name="completion-webhooks" />
          <ResourceEntry name="conversion-webhooks" />
          <ResourceEntry name="api-keys" />
          <ResourceEntry name="members" />
          <ResourceEntry name="audit-log" />
          <Menu.Item to="/points" primaryText="alg.menu.points" leftIcon={<TuneIcon />} />
        </>
      ) : null}
    </Menu>
  );
}
