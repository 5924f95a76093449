import { registerEnumType } from '@nestjs/graphql';
import { conversionKinds, networks } from '@alg/service-kit';

export const networkEnum = Object.fromEntries(networks.map((value) => [value.toUpperCase(), value]));
registerEnumType(networkEnum, { name: 'Network', description: 'Where a participant shares.' });

export const conversionKindEnum = Object.fromEntries(conversionKinds.map((value) => [value.toUpperCase(), value]));
registerEnumType(conversionKindEnum, { name: 'ConversionKind', description: 'What a tracked visitor did.' });

export const shareSourceEnum = { API: 'api', INTENT: 'intent' } as const;
registerEnumType(shareSourceEnum, {
  name: 'ShareSource',
  description: 'How a share was reported: API by the integrator API, INTENT by a share button of the share page.',
});
