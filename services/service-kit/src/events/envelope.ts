import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. The organization id is
 * the extension attribute `organizationid` (CloudEvents attribute names are
 * lower-case letters and digits only).
 */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject?: string;
  datacontenttype: 'application/json';
  organizationid: string;
  data: T;
}

export const cloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  // Consumers record event ids in a uuid column, which ignores case, so ids are read in lower case.
  id: z.uuid().transform((id) => id.toLowerCase()),
  source: z.string().min(1),
  type: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  subject: z.string().optional(),
  datacontenttype: z.literal('application/json'),
  organizationid: z.uuid(),
  data: z.unknown(),
});

export interface EventInit<T> {
  source: string;
  type: string;
  organizationId: string;
  subject?: string;
  data: T;
  id?: string;
  time?: Date;
}

export function createCloudEvent<T>(init: EventInit<T>): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: init.id ?? randomUUID(),
    source: init.source,
    type: init.type,
    time: (init.time ?? new Date()).toISOString(),
    subject: init.subject,
    datacontenttype: 'application/json',
    organizationid: init.organizationId,
    data: init.data,
  };
}
