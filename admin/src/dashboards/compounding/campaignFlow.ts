// Turns the lineage graph into flows from campaign to campaign: the
// participants a campaign brought in, and where each of them advocated
// next. The result feeds a Sankey diagram, which needs an acyclic graph,
// so campaigns appear once as sources (left) and once as next steps (right).

export interface LineageGraphInput {
  nodes: Array<{ participant: { id: string }; firstSharedAt: string | null }>;
  edges: Array<{
    advocate: { id: string };
    participant: { id: string };
    campaign: { id: string; name: string } | null;
  }>;
}

/** Next step of the participants a campaign brought in. */
export type FlowTarget =
  | { kind: 'campaign'; campaignId: string; name: string }
  | { kind: 'shared' }
  | { kind: 'not-yet' };

export interface CampaignFlow {
  sourceId: string;
  sourceName: string;
  target: FlowTarget;
  participants: number;
}

function targetKey(target: FlowTarget): string {
  return target.kind === 'campaign' ? `campaign:${target.campaignId}` : target.kind;
}

/**
 * Counts, per campaign, the participants it brought in and what each did
 * next: the campaigns in which they in turn brought someone in (a person
 * counts once per such campaign), or, when they brought nobody in yet,
 * whether they shared at all.
 */
export function campaignFlows(graph: LineageGraphInput): CampaignFlow[] {
  const sharedAt = new Map(graph.nodes.map((node) => [node.participant.id, node.firstSharedAt]));
  const advocatedIn = new Map<string, Map<string, string>>();
  for (const edge of graph.edges) {
    if (edge.campaign === null) continue;
    const campaigns = advocatedIn.get(edge.advocate.id) ?? new Map<string, string>();
    campaigns.set(edge.campaign.id, edge.campaign.name);
    advocatedIn.set(edge.advocate.id, campaigns);
  }
  const flows = new Map<string, CampaignFlow>();
  const add = (source: { id: string; name: string }, target: FlowTarget) => {
    const key = `${source.id}|${targetKey(target)}`;
    const flow = flows.get(key) ?? { sourceId: source.id, sourceName: source.name, target, participants: 0 };
    flow.participants += 1;
    flows.set(key, flow);
  };
  const counted = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.campaign === null) continue;
    const pair = `${edge.campaign.id}|${edge.participant.id}`;
    if (counted.has(pair)) continue;
    counted.add(pair);
    const next = advocatedIn.get(edge.participant.id);
    if (next !== undefined && next.size > 0) {
      next.forEach((name, campaignId) => add(edge.campaign!, { kind: 'campaign', campaignId, name }));
    } else if (sharedAt.get(edge.participant.id)) {
      add(edge.campaign, { kind: 'shared' });
    } else {
      add(edge.campaign, { kind: 'not-yet' });
    }
  }
  return [...flows.values()].sort((a, b) => b.participants - a.participants);
}

export interface SankeyData {
  nodes: Array<{ name: string }>;
  links: Array<{ source: number; target: number; value: number }>;
}

/** Lays the flows out as Sankey nodes and links; `labels` names the two targets that are not campaigns. */
export function sankeyOf(flows: readonly CampaignFlow[], labels: { shared: string; notYet: string }): SankeyData {
  const nodes: Array<{ name: string }> = [];
  const index = new Map<string, number>();
  const nodeFor = (key: string, name: string) => {
    let position = index.get(key);
    if (position === undefined) {
      position = nodes.length;
      nodes.push({ name });
      index.set(key, position);
    }
    return position;
  };
  const links = flows.map((flow) => {
    const source = nodeFor(`source:${flow.sourceId}`, flow.sourceName);
    const target =
      flow.target.kind === 'campaign'
        ? nodeFor(`next:${flow.target.campaignId}`, flow.target.name)
        : flow.target.kind === 'shared'
          ? nodeFor('next:shared', labels.shared)
          : nodeFor('next:not-yet', labels.notYet);
    return { source, target, value: flow.participants };
  });
  return { nodes, links };
}
