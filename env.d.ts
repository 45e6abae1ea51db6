/// <reference types="@remix-run/node" />

// Files the Remix compiler fingerprints into /build/_assets: importing one yields its URL.
declare module "*.css" {
  const href: string;
  export default href;
}
declare module "*.woff2" {
  const href: string;
  export default href;
}
