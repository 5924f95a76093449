import { DomainError, type ServiceRuntime } from '@alg/service-kit';

export interface LineageNode {
  participantId: string;
  origin: string;
  sourceCampaignId: string | null;
  sourceAdvocateId: string | null;
  createdAt: Date;
  /** Steps from a participant who joined without an advocate (imported, by API, by a completion). */
  generation: number;
  /** First share of the participant, if they advocated. */
  firstSharedAt: Date | null;
  /** Participants who joined through this participant's links. */
  recruits: number;
}

export interface LineageEdge {
  advocateId: string;
  participantId: string;
  campaignId: string | null;
  createdAt: Date;
}

export interface LineageGraph {
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** True when `first` cut the graph short. */
  truncated: boolean;
}

export interface GeneratedParticipants {
  totalCount: number;
  laterAdvocated: number;
  nodes: LineageNode[];
}

interface NodeRow {
  participant_id: string;
  origin: string;
  source_campaign_id: string | null;
  source_advocate_id: string | null;
  created_at: string;
  generation: number;
  first_shared_at: string | null;
  recruits: string;
}

export const MAX_LINEAGE_DEPTH = 20;

/**
 * Generation of every participant of the organization: 0 for those who
 * joined without an advocate or whose advocate is unknown to scoring, and
 * one more than their advocate otherwise.
 */
const GENERATIONS = `
  with recursive g(participant_id, generation) as (
    select p.participant_id, 0 from participant_profile p
     where p.organization_id = ?
       and (p.source_advocate_id is null
            or not exists (select 1 from participant_profile a where a.participant_id = p.source_advocate_id))
    union all
    select p.participant_id, g.generation + 1 from participant_profile p join g on p.source_advocate_id = g.participant_id
     where p.organization_id = ?
  )`;

const NODE_COLUMNS = `p.participant_id, p.origin, p.source_campaign_id, p.source_advocate_id, p.created_at::text,
  g.generation, (select min(s.first_shared_at) from share_credit s
    where s.organization_id = p.organization_id and s.participant_id = p.participant_id)::text as first_shared_at,
  (select count(*) from participant_profile r where r.source_advocate_id = p.participant_id) as recruits`;

function toNode(row: NodeRow): LineageNode {
  return {
    participantId: row.participant_id,
    origin: row.origin,
    sourceCampaignId: row.source_campaign_id,
    sourceAdvocateId: row.source_advocate_id,
    createdAt: new Date(row.created_at),
    generation: row.generation,
    firstSharedAt: row.first_shared_at ? new Date(row.first_shared_at) : null,
    recruits: Number(row.recruits),
  };
}

function edgesOf(nodes: LineageNode[]): LineageEdge[] {
  return nodes
    .filter((node) => node.sourceAdvocateId !== null)
    .map((node) => ({
      advocateId: node.sourceAdvocateId!,
      participantId: node.participantId,
      campaignId: node.sourceCampaignId,
      createdAt: node.createdAt,
    }));
}

/** The lineage of participants as a graph: who joined through whose link, in which campaign. */
export class LineageService {
  constructor(private readonly runtime: ServiceRuntime) {}

  /**
   * Without a participant, the organization's graph by join time. With
   * one, their chain of advocates up to the first generation and the
   * participants who joined through them, down to `maxDepth` steps.
   */
  async graph(organizationId: string, participantId: string | null, maxDepth: number, first: number): Promise<LineageGraph> {
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH) {
      throw DomainError.invalid('maxDepth', maxDepth, `give a whole number from 1 to ${MAX_LINEAGE_DEPTH}.`);
    }
    const em = this.runtime.em();
    const rows = participantId
      ? await em.execute<NodeRow[]>(
          `${GENERATIONS},
           up(participant_id, depth) as (
             select ?::uuid, 0
             union all
             select p.source_advocate_id, up.depth + 1 from participant_profile p join up on p.participant_id = up.participant_id
              where p.source_advocate_id is not null and up.depth < ?
           ),
           down(participant_id, depth) as (
             select ?::uuid, 0
             union all
             select p.participant_id, down.depth + 1 from participant_profile p join down on p.source_advocate_id = down.participant_id
              where p.organization_id = ? and down.depth < ?
           )
           select ${NODE_COLUMNS} from participant_profile p join g on g.participant_id = p.participant_id
            where p.organization_id = ?
              and p.participant_id in (select participant_id from up union select participant_id from down)
            order by g.generation, p.created_at, p.participant_id limit ?`,
          [organizationId, organizationId, participantId, maxDepth, participantId, organizationId, maxDepth, organizationId, first + 1],
        )
      : await em.execute<NodeRow[]>(
          `${GENERATIONS}
           select ${NODE_COLUMNS} from participant_profile p join g on g.participant_id = p.participant_id
            where p.organization_id = ? order by p.created_at, p.participant_id limit ?`,
          [organizationId, organizationId, organizationId, first + 1],
        );
    if (participantId && rows.length === 0) throw DomainError.notFound('Participant', participantId);
    const nodes = rows.slice(0, first).map(toNode);

    return { nodes, edges: edgesOf(nodes), truncated: rows.length > first };
  }

  /** Participants a campaign brought in through its advocates' links, and how many of them shared later themselves. */
  async generatedBy(organizationId: string, campaignId: string, first: number): Promise<GeneratedParticipants> {
    const em = this.runtime.em();
    const [counts] = await em.execute<{ total: string; advocated: string }[]>(
      `select count(*) as total,
              count(*) filter (where exists (select 1 from share_credit s
                                              where s.organization_id = p.organization_id and s.participant_id = p.participant_id
                                                and s.first_shared_at > p.created_at)) as advocated
         from participant_profile p where p.organization_id = ? and p.source_campaign_id = ?`,
      [organizationId, campaignId],
    );
    const rows = await em.execute<NodeRow[]>(
      `${GENERATIONS}
       select ${NODE_COLUMNS} from participant_profile p join g on g.participant_id = p.participant_id
        where p.organization_id = ? and p.source_campaign_id = ? order by p.created_at, p.participant_id limit ?`,
      [organizationId, organizationId, organizationId, campaignId, first],
    );

    return { totalCount: Number(counts!.total), laterAdvocated: Number(counts!.advocated), nodes: rows.map(toNode) };
  }
}
