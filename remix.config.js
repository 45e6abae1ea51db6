/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverDependenciesToBundle: ["@kern-ux/native"],
  // Node built-ins must never reach the browser bundle; a missing polyfill is a build error, not a silent shim.
  browserNodeBuiltinsPolyfill: { modules: {} },
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    // Off: every step of the wizard changes in the browser (ADR 034); discovering each new step
    // address with a GET /__manifest would be a round trip per step. The whole manifest is one
    // fingerprinted, immutably cached file instead.
    v3_lazyRouteDiscovery: false,
  },
};
