import type { EntityManager } from '@alg/service-kit';
import type { FactSet } from './facts.js';

/** Keys whose derived rows must be recomputed after a write. */
export interface TouchedKeys {
  /** (organization, campaign, participant) of every activity fact. */
  advocateCampaigns: Map<string, { organizationId: string; campaignId: string; participantId: string }>;
  /** Campaigns whose snapshot changed: their advocates' ecosystems and conversion values may change. */
  campaigns: Set<string>;
  /** Organizations whose time zone changed: active months of all their advocates may change. */
  organizations: Set<string>;
  /** Participants erased by this batch. */
  erased: Set<string>;
}

const notErased = (column: string) =>
  `not exists (select 1 from erased_participant e where e.participant_id = x.${column})`;

/** Rows as jsonb_to_recordset reads them: one JSON array, keys named like the columns. */
function rows<T extends object>(facts: Iterable<T>, map: (fact: T) => Record<string, unknown>): string {
  return JSON.stringify(Array.from(facts, map));
}

async function write(em: EntityManager, sql: string, facts: Map<string, object>, json: () => string): Promise<void> {
  if (facts.size > 0) await em.execute(sql, [json()]);
}

/**
 * Stores the e-mail hashes of erased people as tombstones and removes them
 * from conversion credits, so that their conversions, even those that
 * arrive later, lose the link to them. A hash comes from the profile, or
 * from the event when scoring never saw the profile.
 */
async function unlinkErasedPeople(em: EntityManager, facts: FactSet, ids: string[]): Promise<void> {
  const hashes = rows(facts.erasures.values(), (fact) => ({ organization_id: fact.organizationId, email_hash: fact.emailHash }));
  const erasedHashes = `select organization_id, email_hash from participant_profile where participant_id in (?) and email_hash is not null
     union select organization_id, email_hash from jsonb_to_recordset(?::jsonb) as h(organization_id uuid, email_hash text)
      where email_hash is not null`;
  await em.execute(`insert into erased_person (organization_id, email_hash) ${erasedHashes} on conflict do nothing`, [ids, hashes]);
  await em.execute(
    `update conversion_credit c set person_hash = null from (${erasedHashes}) e
      where e.organization_id = c.organization_id and e.email_hash = c.person_hash`,
    [ids, hashes],
  );
}

async function writeErasures(em: EntityManager, facts: FactSet): Promise<void> {
  if (facts.erasures.size === 0) return;
  const erasures = rows(facts.erasures.values(), (fact) => ({
    participant_id: fact.participantId,
    organization_id: fact.organizationId,
    erased_at: fact.erasedAt,
  }));
  const ids = [...facts.erasures.keys()];
  await em.execute(
    `insert into erased_participant (participant_id, organization_id, erased_at)
     select participant_id, organization_id, erased_at
       from jsonb_to_recordset(?::jsonb) as x(participant_id uuid, organization_id uuid, erased_at timestamptz)
     on conflict (participant_id) do update set erased_at = least(erased_participant.erased_at, excluded.erased_at)`,
    [erasures],
  );
  await unlinkErasedPeople(em, facts, ids);
  for (const table of [
    'participant_profile',
    'participant_ecosystem',
    'participant_consent',
    'invitation',
    'completion',
    'share_credit',
    'click_credit',
    'click_ignored',
    'advocate_campaign_stats',
    'advocate_score',
  ]) {
    await em.execute(`delete from ${table} where participant_id in (?)`, [ids]);
  }
  await em.execute(`delete from conversion_credit where advocate_id in (?)`, [ids]);
}

async function writeOrganizations(em: EntityManager, facts: FactSet): Promise<void> {
  await write(
    em,
    `insert into organization_profile (organization_id, time_zone, created_at)
     select organization_id, time_zone, created_at
       from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, time_zone text, created_at timestamptz)
     on conflict (organization_id) do update set time_zone = excluded.time_zone, created_at = excluded.created_at
      where (excluded.created_at, excluded.time_zone) < (organization_profile.created_at, organization_profile.time_zone)`,
    facts.organizations,
    () =>
      rows(facts.organizations.values(), (fact) => ({
        organization_id: fact.organizationId,
        time_zone: fact.timeZone,
        created_at: fact.createdAt,
      })),
  );
  await write(
    em,
    `insert into organization_clock (organization_id, latest_activity_at, events)
     select organization_id, latest_activity_at, events
       from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, latest_activity_at timestamptz, events bigint)
     on conflict (organization_id) do update set
       latest_activity_at = greatest(organization_clock.latest_activity_at, excluded.latest_activity_at),
       events = organization_clock.events + excluded.events`,
    facts.clocks,
    () =>
      rows(facts.clocks.values(), (fact) => ({
        organization_id: fact.organizationId,
        latest_activity_at: fact.latestActivityAt,
        events: fact.events,
      })),
  );
}

const campaignSnapshotColumns = [
  ['ecosystem_id', 'uuid'],
  ['ecosystem_kind', 'text'],
  ['interaction_id', 'uuid'],
  ['interaction_kind', 'text'],
  ['outcome', 'text'],
  ['status', 'text'],
  ['cost_minor', 'bigint'],
  ['currency', 'text'],
  ['currency_exponent', 'integer'],
  ['time_zone', 'text'],
  ['registrant_ecosystem_id', 'uuid'],
  ['snapshot_at', 'timestamptz'],
  ['snapshot_event_id', 'uuid'],
] as const;

function campaignSql(): string {
  const columns = ['campaign_id', 'organization_id', ...campaignSnapshotColumns.map(([name]) => name), 'created_at', 'launched_at', 'ended_at'];
  const types = [
    'campaign_id uuid',
    'organization_id uuid',
    ...campaignSnapshotColumns.map(([name, type]) => `${name} ${type}`),
    'created_at timestamptz',
    'launched_at timestamptz',
    'ended_at timestamptz',
  ];
  const newer = `(excluded.snapshot_at, excluded.snapshot_event_id) > (campaign_profile.snapshot_at, campaign_profile.snapshot_event_id)`;
  const updates = campaignSnapshotColumns.map(
    ([name]) => `${name} = case when ${newer} then excluded.${name} else campaign_profile.${name} end`,
  );

  return `insert into campaign_profile (${columns.join(', ')})
    select ${columns.join(', ')} from jsonb_to_recordset(?::jsonb) as x(${types.join(', ')})
     where not exists (select 1 from deleted_campaign d where d.campaign_id = x.campaign_id)
    on conflict (campaign_id) do update set ${updates.join(', ')},
      created_at = least(campaign_profile.created_at, excluded.created_at),
      launched_at = least(campaign_profile.launched_at, excluded.launched_at),
      ended_at = least(campaign_profile.ended_at, excluded.ended_at)`;
}

const CAMPAIGN_SQL = campaignSql();

/** Deleted campaigns leave a tombstone, so a snapshot that arrives after the deletion is not stored again. */
async function writeCampaignDeletions(em: EntityManager, facts: FactSet): Promise<void> {
  if (facts.campaignDeletions.size === 0) return;
  const ids = [...facts.campaignDeletions.keys()];
  await em.execute(
    `insert into deleted_campaign (campaign_id, organization_id)
     select campaign_id, organization_id from jsonb_to_recordset(?::jsonb) as x(campaign_id uuid, organization_id uuid)
     on conflict do nothing`,
    [rows(facts.campaignDeletions.values(), (fact) => ({ campaign_id: fact.campaignId, organization_id: fact.organizationId }))],
  );
  await em.execute(`delete from campaign_profile where campaign_id in (?)`, [ids]);
}

async function writeCampaigns(em: EntityManager, facts: FactSet): Promise<void> {
  await write(em, CAMPAIGN_SQL, facts.campaigns, () =>
    rows(facts.campaigns.values(), (fact) => ({
      campaign_id: fact.campaignId,
      organization_id: fact.organizationId,
      ecosystem_id: fact.ecosystemId,
      ecosystem_kind: fact.ecosystemKind,
      interaction_id: fact.interactionId,
      interaction_kind: fact.interactionKind,
      outcome: fact.outcome,
      status: fact.status,
      cost_minor: fact.costMinor,
      currency: fact.currency,
      currency_exponent: fact.currencyExponent,
      time_zone: fact.timeZone,
      registrant_ecosystem_id: fact.registrantEcosystemId,
      snapshot_at: fact.snapshotAt,
      snapshot_event_id: fact.snapshotEventId,
      created_at: fact.createdAt,
      launched_at: fact.launchedAt,
      ended_at: fact.endedAt,
    })),
  );
}

async function writeParticipants(em: EntityManager, facts: FactSet): Promise<void> {
  await write(
    em,
    `insert into participant_profile
       (participant_id, organization_id, origin, source_campaign_id, source_advocate_id, email_hash, created_at)
     select participant_id, organization_id, origin, source_campaign_id, source_advocate_id, email_hash, created_at
       from jsonb_to_recordset(?::jsonb) as x(participant_id uuid, organization_id uuid, origin text,
            source_campaign_id uuid, source_advocate_id uuid, email_hash text, created_at timestamptz)
      where ${notErased('participant_id')}
     on conflict (participant_id) do update set
       origin = excluded.origin, source_campaign_id = excluded.source_campaign_id,
       source_advocate_id = excluded.source_advocate_id, email_hash = excluded.email_hash, created_at = excluded.created_at
      where (excluded.created_at, excluded.email_hash) < (participant_profile.created_at, participant_profile.email_hash)`,
    facts.profiles,
    () =>
      rows(facts.profiles.values(), (fact) => ({
        participant_id: fact.participantId,
        organization_id: fact.organizationId,
        origin: fact.origin,
        source_campaign_id: fact.sourceCampaignId,
        source_advocate_id: fact.sourceAdvocateId,
        email_hash: fact.emailHash,
        created_at: fact.createdAt,
      })),
  );
  const newer = `(excluded.changed_at, excluded.change_event_id) > (participant_ecosystem.changed_at, participant_ecosystem.change_event_id)`;
  await write(
    em,
    `insert into participant_ecosystem (participant_id, ecosystem_id, organization_id, joined_at, active, changed_at, change_event_id)
     select participant_id, ecosystem_id, organization_id, joined_at, active, changed_at, change_event_id
       from jsonb_to_recordset(?::jsonb) as x(participant_id uuid, ecosystem_id uuid, organization_id uuid, joined_at timestamptz,
            active boolean, changed_at timestamptz, change_event_id uuid)
      where ${notErased('participant_id')}
     on conflict (participant_id, ecosystem_id) do update set
       joined_at = least(participant_ecosystem.joined_at, excluded.joined_at),
       active = case when ${newer} then excluded.active else participant_ecosystem.active end,
       change_event_id = case when ${newer} then excluded.change_event_id else participant_ecosystem.change_event_id end,
       changed_at = greatest(participant_ecosystem.changed_at, excluded.changed_at)`,
    facts.memberships,
    () =>
      rows(facts.memberships.values(), (fact) => ({
        participant_id: fact.participantId,
        ecosystem_id: fact.ecosystemId,
        organization_id: fact.organizationId,
        joined_at: fact.joinedAt,
        active: fact.active,
        changed_at: fact.changedAt,
        change_event_id: fact.eventId,
      })),
  );
  await write(
    em,
    `insert into participant_consent (participant_id, organization_id, contact, partner_sharing, changed_at, event_id)
     select participant_id, organization_id, contact, partner_sharing, changed_at, event_id
       from jsonb_to_recordset(?::jsonb) as x(participant_id uuid, organization_id uuid, contact boolean,
            partner_sharing boolean, changed_at timestamptz, event_id uuid)
      where ${notErased('participant_id')}
     on conflict (participant_id) do update set
       contact = excluded.contact, partner_sharing = excluded.partner_sharing,
       changed_at = excluded.changed_at, event_id = excluded.event_id
      where (excluded.changed_at, excluded.event_id) > (participant_consent.changed_at, participant_consent.event_id)`,
    facts.consents,
    () =>
      rows(facts.consents.values(), (fact) => ({
        participant_id: fact.participantId,
        organization_id: fact.organizationId,
        contact: fact.contact,
        partner_sharing: fact.partnerSharing,
        changed_at: fact.changedAt,
        event_id: fact.eventId,
      })),
  );
}

async function writeInvitations(em: EntityManager, facts: FactSet): Promise<void> {
  await write(
    em,
    `insert into invitation (campaign_id, participant_id, organization_id, invitation_id, invited_at, network_sizes)
     select campaign_id, participant_id, organization_id, invitation_id, invited_at, network_sizes
       from jsonb_to_recordset(?::jsonb) as x(campaign_id uuid, participant_id uuid, organization_id uuid,
            invitation_id uuid, invited_at timestamptz, network_sizes jsonb)
      where ${notErased('participant_id')}
     on conflict (campaign_id, participant_id) do update set
       invitation_id = excluded.invitation_id, invited_at = excluded.invited_at, network_sizes = excluded.network_sizes
      where (excluded.invited_at, excluded.invitation_id) < (invitation.invited_at, invitation.invitation_id)`,
    facts.invitations,
    () =>
      rows(facts.invitations.values(), (fact) => ({
        campaign_id: fact.campaignId,
        participant_id: fact.participantId,
        organization_id: fact.organizationId,
        invitation_id: fact.invitationId,
        invited_at: fact.invitedAt,
        network_sizes: fact.networkSizes,
      })),
  );
  await write(
    em,
    `insert into completion (completion_id, organization_id, campaign_id, participant_id, kind, occurred_at)
     select completion_id, organization_id, campaign_id, participant_id, kind, occurred_at
       from jsonb_to_recordset(?::jsonb) as x(completion_id uuid, organization_id uuid, campaign_id uuid,
            participant_id uuid, kind text, occurred_at timestamptz)
      where ${notErased('participant_id')}
     on conflict (completion_id) do nothing`,
    facts.completions,
    () =>
      rows(facts.completions.values(), (fact) => ({
        completion_id: fact.completionId,
        organization_id: fact.organizationId,
        campaign_id: fact.campaignId,
        participant_id: fact.participantId,
        kind: fact.kind,
        occurred_at: fact.occurredAt,
      })),
  );
}

async function writeShares(em: EntityManager, facts: FactSet): Promise<void> {
  await write(
    em,
    `insert into share_credit
       (organization_id, campaign_id, participant_id, network, shares, network_size, first_shared_at, size_reached_at)
     select organization_id, campaign_id, participant_id, network, shares, network_size, first_shared_at, size_reached_at
       from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, campaign_id uuid, participant_id uuid, network text,
            shares integer, network_size bigint, first_shared_at timestamptz, size_reached_at timestamptz)
      where ${notErased('participant_id')}
     on conflict (campaign_id, participant_id, network) do update set
       shares = share_credit.shares + excluded.shares,
       first_shared_at = least(share_credit.first_shared_at, excluded.first_shared_at),
       size_reached_at = case
         when excluded.network_size > share_credit.network_size then excluded.size_reached_at
         when excluded.network_size < share_credit.network_size then share_credit.size_reached_at
         else least(share_credit.size_reached_at, excluded.size_reached_at) end,
       network_size = greatest(share_credit.network_size, excluded.network_size)`,
    facts.shares,
    () =>
      rows(facts.shares.values(), (fact) => ({
        organization_id: fact.organizationId,
        campaign_id: fact.campaignId,
        participant_id: fact.participantId,
        network: fact.network,
        shares: fact.shares,
        network_size: fact.networkSize,
        first_shared_at: fact.firstSharedAt,
        size_reached_at: fact.sizeReachedAt,
      })),
  );
}

async function writeClicks(em: EntityManager, facts: FactSet): Promise<void> {
  await write(
    em,
    `insert into click_credit (organization_id, campaign_id, participant_id, visitor_hash, clicks, first_clicked_at)
     select organization_id, campaign_id, participant_id, visitor_hash, clicks, first_clicked_at
       from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, campaign_id uuid, participant_id uuid,
            visitor_hash text, clicks integer, first_clicked_at timestamptz)
      where ${notErased('participant_id')}
     on conflict (campaign_id, participant_id, visitor_hash) do update set
       clicks = click_credit.clicks + excluded.clicks,
       first_clicked_at = least(click_credit.first_clicked_at, excluded.first_clicked_at)`,
    facts.clicks,
    () =>
      rows(facts.clicks.values(), (fact) => ({
        organization_id: fact.organizationId,
        campaign_id: fact.campaignId,
        participant_id: fact.participantId,
        visitor_hash: fact.visitorHash,
        clicks: fact.clicks,
        first_clicked_at: fact.firstClickedAt,
      })),
  );
  await write(
    em,
    `insert into click_ignored (organization_id, campaign_id, participant_id, reason, clicks)
     select organization_id, campaign_id, participant_id, reason, clicks
       from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, campaign_id uuid, participant_id uuid, reason text, clicks integer)
      where ${notErased('participant_id')}
     on conflict (campaign_id, participant_id, reason) do update set clicks = click_ignored.clicks + excluded.clicks`,
    facts.ignoredClicks,
    () =>
      rows(facts.ignoredClicks.values(), (fact) => ({
        organization_id: fact.organizationId,
        campaign_id: fact.campaignId,
        participant_id: fact.participantId,
        reason: fact.reason,
        clicks: fact.clicks,
      })),
  );
}

async function writeConversions(em: EntityManager, facts: FactSet): Promise<void> {
  await write(
    em,
    `insert into conversion_credit (conversion_id, organization_id, campaign_id, advocate_id, kind, value_minor,
                                    credited, self_referral, person_hash, converted_at)
     select conversion_id, organization_id, campaign_id, advocate_id, kind, value_minor, credited, self_referral,
            case when exists (select 1 from erased_person p where p.organization_id = x.organization_id and p.email_hash = x.person_hash)
                 then null else person_hash end,
            converted_at
       from jsonb_to_recordset(?::jsonb) as x(conversion_id uuid, organization_id uuid, campaign_id uuid, advocate_id uuid,
            kind text, value_minor bigint, credited boolean, self_referral boolean, person_hash text, converted_at timestamptz)
      where ${notErased('advocate_id')}
     on conflict (conversion_id) do nothing`,
    facts.conversions,
    () =>
      rows(facts.conversions.values(), (fact) => ({
        conversion_id: fact.conversionId,
        organization_id: fact.organizationId,
        campaign_id: fact.campaignId,
        advocate_id: fact.advocateId,
        kind: fact.kind,
        value_minor: fact.valueMinor,
        credited: fact.credited,
        self_referral: fact.selfReferral,
        person_hash: fact.personHash,
        converted_at: fact.convertedAt,
      })),
  );
}

function touchedKeys(facts: FactSet): TouchedKeys {
  const advocateCampaigns: TouchedKeys['advocateCampaigns'] = new Map();
  const touch = (organizationId: string, campaignId: string, participantId: string) => {
    if (facts.erasures.has(participantId)) return;
    advocateCampaigns.set(`${campaignId}|${participantId}`, { organizationId, campaignId, participantId });
  };
  for (const fact of facts.shares.values()) touch(fact.organizationId, fact.campaignId, fact.participantId);
  for (const fact of facts.clicks.values()) touch(fact.organizationId, fact.campaignId, fact.participantId);
  for (const fact of facts.conversions.values()) touch(fact.organizationId, fact.campaignId, fact.advocateId);

  return {
    advocateCampaigns,
    campaigns: new Set([...facts.campaigns.keys(), ...facts.campaignDeletions.keys()]),
    organizations: new Set(facts.organizations.keys()),
    erased: new Set(facts.erasures.keys()),
  };
}

/**
 * Writes a fact set. Erasures go first, and every other insert skips
 * erased participants, so an erasure wins over activity in the same batch
 * and over activity that arrives after it.
 */
export async function writeFacts(em: EntityManager, facts: FactSet): Promise<TouchedKeys> {
  await writeErasures(em, facts);
  await writeOrganizations(em, facts);
  await writeCampaignDeletions(em, facts);
  await writeCampaigns(em, facts);
  await writeParticipants(em, facts);
  await writeInvitations(em, facts);
  await writeShares(em, facts);
  await writeClicks(em, facts);
  await writeConversions(em, facts);

  return touchedKeys(facts);
}
