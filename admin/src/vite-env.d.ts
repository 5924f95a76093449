/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the gateway, without the /graphql path, fixed at build time. */
  readonly VITE_GATEWAY_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** Run-time settings that public/config.js assigns before the bundle loads. */
interface AlgRuntimeConfig {
  gatewayUrl?: string;
}

interface Window {
  ALG_CONFIG?: AlgRuntimeConfig;
}
