/** Injection token of the validated tracking configuration. */
export const TRACKING_CONFIG = Symbol('TRACKING_CONFIG');
