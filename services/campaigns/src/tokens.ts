/** Injection token of the validated campaigns configuration. */
export const CAMPAIGNS_CONFIG = Symbol('CAMPAIGNS_CONFIG');
