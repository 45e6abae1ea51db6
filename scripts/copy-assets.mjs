// Copies the KERN design system's CSS and fonts into public/kern so they are served from our own origin.
import { cpSync, mkdirSync, rmSync } from "node:fs";

const from = "node_modules/@kern-ux/native/dist";
const to = "public/kern";
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const file of ["kern.min.css", "fonts/fira-sans.css"]) cpSync(`${from}/${file}`, `${to}/${file}`);
cpSync(`${from}/fonts/fira-sans`, `${to}/fonts/fira-sans`, { recursive: true });
