// English texts of the console. react-admin's own texts come from
// ra-language-english; the console's live under `alg`, and the resource
// names and field labels under `resources`, where react-admin looks.

import { apiKeys, audit, conversionWebhooks, members, points, trackedLinks, webhooks } from './en/admin.ts';
import { campaigns, shareKit, wizard } from './en/campaigns.ts';
import {
  charts,
  compounding,
  dashboards,
  forecast,
  funnel,
  leaderboards,
  matrix,
  metrics,
  overview,
  score,
} from './en/dashboards.ts';
import { enums } from './en/enums.ts';
import { booths, completions, ecosystems, imports, interactions, participants, teams } from './en/people.ts';
import { resources } from './en/resources.ts';
import { shell } from './en/shell.ts';

export const en = {
  resources,
  alg: {
    ...shell,
    campaigns,
    wizard,
    share_kit: shareKit,
    metrics,
    funnel,
    charts,
    dashboards,
    overview,
    matrix,
    leaderboards,
    forecast,
    compounding,
    score,
    ecosystems,
    interactions,
    teams,
    participants,
    imports,
    completions,
    booths,
    api_keys: apiKeys,
    members,
    audit,
    webhooks,
    conversion_webhooks: conversionWebhooks,
    tracked_links: trackedLinks,
    points,
    enums,
  },
};

export type ConsoleMessages = typeof en;
