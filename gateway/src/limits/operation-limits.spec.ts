import { buildSchema, parse } from 'graphql';
import { defaultLimits, measureOperation } from './operation-limits.js';

const schema = buildSchema(`
  type Participant { id: ID! email: String }
  type Entry { rank: Int! participant: Participant! }
  type Campaign { id: ID! leaderboard(first: Int): [Entry!]! }
  type CampaignConnection { nodes: [Campaign!]! }
  type Query { campaigns(first: Int): CampaignConnection! }
`);

const nested = '{ campaigns(first: $n) { nodes { leaderboard(first: $n) { rank participant { id email } } } } }';

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  return measureOperation(schema, parse(query), undefined, variables, defaultLimits).cost;
}

describe('measureOperation', () => {
  it('counts literal page sizes', () => {
    expect(costOf(nested.replaceAll('$n', '500').replace('{', 'query {'))).toBe(1_001_001);
  });

  it('counts a supplied variable', () => {
    expect(costOf(`query($n: Int) ${nested}`, { n: 500 })).toBe(1_001_001);
  });

  it('counts the default of an omitted variable', () => {
    expect(costOf(`query($n: Int = 500) ${nested}`)).toBe(1_001_001);
  });

  it('prefers a supplied variable over its default', () => {
    expect(costOf(`query($n: Int = 500) ${nested}`, { n: 2 })).toBe(21);
  });

  it('treats an explicit null as no page size', () => {
    expect(costOf(`query($n: Int = 500) ${nested}`, { n: null })).toBe(costOf(`query($n: Int) ${nested}`));
  });
});
