/** Shown to editors; the server enforces MAX_DEFINITION_BYTES (app/engine/definition-check.server.ts), which is 1 MiB. */
export const MAX_DEFINITION_MEGABYTES = 1;
