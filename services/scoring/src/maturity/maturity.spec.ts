import { assessMaturity, type MaturityFacts } from './maturity.js';

const facts = (overrides: Partial<MaturityFacts>): MaturityFacts => ({
  campaignsWithShares: 0,
  campaignsInBusiestEcosystem: 0,
  advocates: 0,
  repeatAdvocates: 0,
  generatedParticipants: 0,
  generatedWhoAdvocated: 0,
  ...overrides,
});

describe('assessMaturity', () => {
  it('starts at level 0', () => {
    const assessment = assessMaturity(facts({}));
    expect(assessment.level).toBe(0);
    expect(assessment.missing.map((item) => item.code)).toEqual(['campaign_with_shares']);
  });

  it('reaches level 1 with one campaign', () => {
    const assessment = assessMaturity(facts({ campaignsWithShares: 1, campaignsInBusiestEcosystem: 1, advocates: 36 }));
    expect(assessment).toMatchObject({ level: 1, name: 'Campaign by campaign', nextLevel: 2 });
    expect(assessment.missing.map((item) => item.code)).toEqual(['campaigns_with_shares', 'ecosystem_reactivated', 'repeat_advocate_share']);
  });

  it('needs every criterion of a level', () => {
    const assessment = assessMaturity(facts({ campaignsWithShares: 4, campaignsInBusiestEcosystem: 2, advocates: 100, repeatAdvocates: 10 }));
    expect(assessment.level).toBe(1);
    expect(assessment.missing).toEqual([expect.objectContaining({ code: 'repeat_advocate_share', value: 0.1, threshold: 0.2 })]);
  });

  it('reaches compound distribution', () => {
    const assessment = assessMaturity(
      facts({
        campaignsWithShares: 6,
        campaignsInBusiestEcosystem: 3,
        advocates: 40,
        repeatAdvocates: 12,
        generatedParticipants: 30,
        generatedWhoAdvocated: 6,
      }),
    );
    expect(assessment).toMatchObject({ level: 3, nextLevel: null, missing: [] });
    expect(assessment.evidence).toHaveLength(7);
  });
});
