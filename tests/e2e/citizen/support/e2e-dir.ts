/** The e2e server's own folder (tests/e2e/serve.mjs empties it at every run): its mail, our records. */
export const E2E_DIR = `tmp/e2e-${process.env.E2E_PORT ?? 3210}`;
