import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { campaignFlows, sankeyOf, type LineageGraphInput } from './campaignFlow.ts';

const summit = { id: 'c1', name: 'Summit' };
const webinar = { id: 'c2', name: 'Webinar' };

const graph: LineageGraphInput = {
  nodes: [
    { participant: { id: 'a' }, firstSharedAt: '2026-01-01T00:00:00Z' },
    { participant: { id: 'p1' }, firstSharedAt: '2026-02-01T00:00:00Z' },
    { participant: { id: 'p2' }, firstSharedAt: '2026-02-03T00:00:00Z' },
    { participant: { id: 'p3' }, firstSharedAt: null },
    { participant: { id: 'q1' }, firstSharedAt: null },
  ],
  edges: [
    { advocate: { id: 'a' }, participant: { id: 'p1' }, campaign: summit },
    { advocate: { id: 'a' }, participant: { id: 'p2' }, campaign: summit },
    { advocate: { id: 'a' }, participant: { id: 'p3' }, campaign: summit },
    { advocate: { id: 'p1' }, participant: { id: 'q1' }, campaign: webinar },
  ],
};

describe('campaignFlows', () => {
  it('follows recruits to their next campaign', () => {
    const flows = campaignFlows(graph);
    const find = (kind: string) => flows.find((flow) => flow.sourceId === 'c1' && flow.target.kind === kind);
    assert.equal(find('campaign')?.participants, 1);
    assert.deepEqual(find('campaign')?.target, { kind: 'campaign', campaignId: 'c2', name: 'Webinar' });
    assert.equal(find('shared')?.participants, 1);
    assert.equal(find('not-yet')?.participants, 1);
    assert.equal(flows.find((flow) => flow.sourceId === 'c2')?.target.kind, 'not-yet');
  });

  it('counts a recruit once per campaign', () => {
    const twice: LineageGraphInput = { nodes: graph.nodes, edges: [...graph.edges, graph.edges[0]!] };
    assert.equal(
      campaignFlows(twice)
        .filter((flow) => flow.sourceId === 'c1')
        .reduce((sum, flow) => sum + flow.participants, 0),
      3,
    );
  });
});

describe('sankeyOf', () => {
  it('keeps sources and next steps apart', () => {
    const sankey = sankeyOf(campaignFlows(graph), { shared: 'Shared', notYet: 'Not yet' });
    const names = sankey.nodes.map((node) => node.name);
    assert.equal(names.filter((name) => name === 'Webinar').length, 2);
    assert.ok(sankey.links.every((link) => link.source !== link.target));
  });
});
