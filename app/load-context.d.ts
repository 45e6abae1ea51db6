import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    requestId?: string;
    /** The client's address as Express resolved it (proxy headers only from a trusted proxy). */
    clientAddress?: string;
  }
}
