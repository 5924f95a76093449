import { randomUUID } from 'node:crypto';
import { emptyFigures, figuresOf } from './activity-figures.js';

const campaignId = randomUUID();
const currencies = new Map([[campaignId, 'USD']]);

describe('figuresOf', () => {
  const figures = figuresOf(
    [
      { network: 'linkedin', shares: '3', reach: '1500' },
      { network: 'x', shares: '1', reach: '500' },
    ],
    [
      { network: 'linkedin', classification: 'human', total: '40', unique_total: '30' },
      { network: 'linkedin', classification: 'preview', total: '9', unique_total: '0' },
      { network: 'x', classification: 'human', total: '10', unique_total: '10' },
      { network: 'x', classification: 'bot', total: '4', unique_total: '0' },
      { network: 'x', classification: 'self', total: '2', unique_total: '0' },
    ],
    [
      { campaign_id: campaignId, kind: 'registration', credited: true, self_referral: false, within_window: true, total: '8', value: '0' },
      { campaign_id: campaignId, kind: 'registration', credited: false, self_referral: true, within_window: true, total: '1', value: '0' },
      { campaign_id: campaignId, kind: 'registration', credited: false, self_referral: false, within_window: false, total: '2', value: '0' },
      { campaign_id: campaignId, kind: 'attendance', credited: true, self_referral: false, within_window: true, total: '5', value: '0' },
      { campaign_id: campaignId, kind: 'pipeline', credited: true, self_referral: false, within_window: true, total: '1', value: '125050' },
    ],
    currencies,
  );

  it('totals shares and reach', () => {
    expect(figures).toMatchObject({ shares: 4, potentialReach: 2000 });
  });

  it('counts only human clicks', () => {
    expect(figures).toMatchObject({ clicks: 50, uniqueClicks: 40, previews: 9, bots: 4, selfClicks: 2 });
  });

  it('derives click ratios', () => {
    expect(figures.clicksPerShare).toBe(12.5);
    expect(figures.clickThroughRate).toBe(0.025);
    expect(figures.byNetwork[0]).toMatchObject({ network: 'linkedin', clicks: 40, uniqueClicks: 30, previews: 9, clicksPerShare: 40 / 3 });
  });

  it('credits only credited conversions', () => {
    expect(figures).toMatchObject({ registrations: 8, attendances: 5, conversions: 14, selfReferrals: 1, outsideWindow: 2 });
    expect(figures.registrationToAttendanceRate).toBe(5 / 8);
    expect(figures.pipelineValue).toBe(1250.5);
  });

  it('leaves ratios null without denominators', () => {
    expect(emptyFigures()).toMatchObject({ shares: 0, clicksPerShare: null, clickThroughRate: null, registrationToAttendanceRate: null });
  });
});
