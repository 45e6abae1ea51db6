// Before `remix build`: KERN's kern.min.css (340 KB, every component of the design system) with
// the rules removed whose classes no source of the portal names, so app/styles/site.css ships
// only what the portal's pages can use (ADR 035). Done before the build so the fingerprint of
// the bundled style sheet covers the result. Classes that code composes at run time are kept
// by pattern; custom properties and @font-face rules are all kept (app and staff styles read
// KERN's variables).
import { mkdirSync, writeFileSync } from "node:fs";
import { PurgeCSS } from "purgecss";

const source = "node_modules/@kern-ux/native/dist/kern.min.css";
const target = "app/styles/generated/kern.css";

const [result] = await new PurgeCSS().purge({
  content: ["app/**/*.{ts,tsx}", "server/**/*.js", "forms/**/*.json", "public/*.css"],
  css: [source],
  // `kern-alert--${tone}`, `kern-icon--${tone}` (app/components/kern-alert.tsx) and the badge tones.
  safelist: { standard: [/^kern-alert--/, /^kern-icon--/, /^kern-badge--/] },
  variables: false,
  fontFace: false,
  keyframes: false,
});
mkdirSync("app/styles/generated", { recursive: true });
writeFileSync(target, result.css);
console.log(`kept ${(result.css.length / 1024).toFixed(0)} KB of KERN's style sheet in ${target}`);
