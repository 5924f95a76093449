// Run-time settings of the admin console, loaded by index.html before the
// application bundle. Set gatewayUrl to the gateway's base URL (without
// /graphql) to override the one chosen at build time through
// VITE_GATEWAY_URL. Leave it undefined to keep the build-time value.
window.ALG_CONFIG = {
  gatewayUrl: undefined,
};
