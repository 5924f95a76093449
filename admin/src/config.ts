/** Gateway base URL used when neither config.js nor the build sets one. */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000';

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Returns the gateway's base URL. The run-time value from config.js wins over
 * the build-time VITE_GATEWAY_URL, which wins over the loopback default.
 */
export function gatewayBaseUrl(): string {
  const url =
    nonEmpty(window.ALG_CONFIG?.gatewayUrl) ?? nonEmpty(import.meta.env.VITE_GATEWAY_URL) ?? DEFAULT_GATEWAY_URL;
  return url.replace(/\/+$/, '');
}

/** Returns the URL that GraphQL operations are POSTed to. */
export function graphqlEndpoint(): string {
  return `${gatewayBaseUrl()}/graphql`;
}
