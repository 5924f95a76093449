/**
 * Kafka topics of the platform. A topic name ends in its major version; a
 * breaking change to a payload gets a new topic, not an edited schema.
 */
export const Topics = {
  campaignsEvents: 'campaigns.events.v1',
  trackingEvents: 'tracking.events.v1',
  clickIntake: 'tracking.click-intake.v1',
  scoringEvents: 'scoring.events.v1',
  deadLetter: 'platform.dead-letter.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];
