// Texts of administration: keys, members, audit log, webhooks, tracked
// links and the points configuration.

export const apiKeys = {
  create: 'Create an API key',
  name_helper: 'What the key is for, such as “Event platform”.',
  scopes_helper: 'Conversions only lets a landing page report conversions.',
  partner_helper: 'Makes a read-only key for the partner portal of this partner.',
  partner_access: 'A partner-portal key is a viewer that can only read, so it has no role or scopes to choose.',
  secret_title: 'Your new API key',
  active: 'Active',
  revoke: 'Revoke',
  revoke_title: 'Revoke %{name}?',
  revoke_content: 'Calls with this key are refused within a minute. This cannot be undone.',
  revoked: 'Key %{name} revoked',
};

export const members = {
  password_helper: 'At least 12 characters; leave empty for single sign-on users.',
  role_of: 'Role of %{email}',
  own_role: 'Your own role',
  role_changed: 'Role of %{email} changed',
  remove: 'Remove',
  remove_title: 'Remove this member?',
  remove_content: 'They lose access to the organization at once.',
};

export const audit = {
  actor_helper: 'account:<id> or api_key:<id>',
};

export const webhooks = {
  create: 'Create the endpoint',
  create_title: 'New completion webhook',
  name_helper: 'The provider, such as “Event platform”.',
  campaign_helper: 'Campaign of the deliveries that name none.',
  any_campaign: 'Named in each delivery',
  secret_title: 'Signing secret of the endpoint',
  endpoint_url: 'Address to give the provider',
  state: 'State',
  enabled: 'Receiving',
  disabled: 'Disabled',
  never_rotated: 'Never',
  rotate: 'Rotate the secret',
  rotate_title: 'Rotate the signing secret',
  rotate_explanation:
    'A new secret is issued and shown once. The old one keeps working for the hours you choose, so the provider can switch.',
  grace_hours: 'Hours the old secret stays valid',
  enable: 'Enable',
  disable: 'Disable',
  enabled_notice: 'The endpoint accepts deliveries again',
  disabled_notice: 'The endpoint refuses deliveries',
};

export const conversionWebhooks = {
  explanation:
    'Landing pages and CRMs report conversions to tracking with an HMAC-SHA256 signature of "<unix seconds>.<body>" made with this secret.',
  issue: 'Issue a secret',
  rotate: 'Rotate the secret',
  secret_title: 'Conversion webhook secret',
  endpoint: 'Where to send signed conversions',
  active: 'Accepted',
  inactive: 'Refused',
  current: 'Current',
  revoke: 'Revoke',
  revoke_title: 'Revoke the secret ending in %{hint}?',
  revoke_content: 'Deliveries signed with it are refused at once.',
  revoked: 'Secret revoked',
};

export const trackedLinks = {
  lookup: 'Look up a code',
  code: 'Link code',
  code_helper: 'The 10 characters after /r/, or the whole link.',
  find: 'Find',
  url: 'Link',
  network_size: 'Audience when invited',
  posts: 'Posts as the advocate sees them',
};

export const points = {
  unavailable: 'Points configuration unavailable',
  explanation: 'Saving recomputes the points, levels and leaderboards of every advocate.',
  updated: 'Changed %{date} by %{who}.',
  defaults: 'The platform defaults apply.',
  share: 'Per campaign and network shared on',
  reach: 'Per tenfold audience',
  click: 'Per unique click',
  conversions: 'Per credited conversion',
  kinds: {
    registration: 'Registration',
    lead: 'Lead',
    demoRequest: 'Demo request',
    attendance: 'Attendance',
    pipeline: 'Pipeline',
  },
  levels: 'Levels',
  level_name: 'Name',
  level_min: 'From points',
  saved: 'Points saved and recomputed',
};
