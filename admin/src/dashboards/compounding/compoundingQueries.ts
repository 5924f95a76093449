export const COMPOUNDING_QUERY = `query Compounding($period: CompoundingPeriod!) {
  compounding(period: $period) {
    period timeZone viralCoefficient repeatAdvocateShare
    periods {
      start end advocatePool activeAdvocates newAdvocates repeatAdvocates repeatAdvocateShare
      generatedParticipants viralCoefficient
    }
    campaigns {
      campaign { id name } cost currency leads costPerLead activatedAdvocates viralCoefficient
    }
    timeToPipeline { people converted medianDays p90Days meanDays }
  }
}`;

export interface PoolPeriod {
  start: string;
  end: string;
  advocatePool: number;
  activeAdvocates: number;
  newAdvocates: number;
  repeatAdvocates: number;
  repeatAdvocateShare: number | null;
  generatedParticipants: number;
  viralCoefficient: number | null;
}

export interface CampaignLeadCost {
  campaign: { id: string; name: string };
  cost: number;
  currency: string;
  leads: number;
  costPerLead: number | null;
  activatedAdvocates: number;
  viralCoefficient: number | null;
}

export interface CompoundingReport {
  period: string;
  timeZone: string;
  viralCoefficient: number | null;
  repeatAdvocateShare: number | null;
  periods: PoolPeriod[];
  campaigns: CampaignLeadCost[];
  timeToPipeline: {
    people: number;
    converted: number;
    medianDays: number | null;
    p90Days: number | null;
    meanDays: number | null;
  };
}

export const LINEAGE_GRAPH_QUERY = `query LineageGraph($first: Int!) {
  lineageGraph(first: $first) {
    truncated
    nodes { participant { id } firstSharedAt }
    edges { advocate { id } participant { id } campaign { id name } }
  }
}`;

export const MATURITY_QUERY = `query Maturity {
  maturityLevel {
    level name nextLevel
    evidence { code level description value threshold met }
    missing { code level description value threshold met }
  }
}`;

export interface MaturityCriterion {
  code: string;
  level: number;
  description: string;
  value: number;
  threshold: number;
  met: boolean;
}

export interface MaturityLevel {
  level: number;
  name: string;
  nextLevel: number | null;
  evidence: MaturityCriterion[];
  missing: MaturityCriterion[];
}
