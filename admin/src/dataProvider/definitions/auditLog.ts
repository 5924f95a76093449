import type { ResourceDefinition } from '../definition';

export const auditLogDefinition: ResourceDefinition = {
  typeName: 'AuditEntry',
  list: {
    kind: 'connection',
    field: 'auditLog',
    selection: 'id actor actorKind operation fields outcome errorCodes clientAddress requestId occurredAt',
    filters: { actor: { type: 'String' } },
  },
};
