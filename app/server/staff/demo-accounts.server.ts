import type { Database } from "../../../db/client";
import { activeDemoUsernames, seedDemoStaff, type DemoAccount } from "./staff-seed.server";
import { env } from "../env.server";

/** Thrown at start-up: a production installation without demo data must not keep demo passwords. */
export class DemoAccountsRefused extends Error {
  constructor(usernames: string[]) {
    super(
      `Refusing to start: NODE_ENV=production and DEMO_DATA=false, but ${usernames.length} active staff account(s) still have a ` +
        `publicly known demo password (${usernames.join(", ")}). ` +
        `Disable them with "npm run staff -- disable-demo" (server stopped), or set DEMO_DATA=true for a demonstration.`,
    );
    this.name = "DemoAccountsRefused";
  }
}

/**
 * Start-up step for staff accounts: with DEMO_DATA, seed the demo accounts and print the
 * credentials of those created now (first start only); without it, in production, refuse to
 * run while demo accounts are active.
 */
export async function prepareStaffAccounts(database: Database): Promise<void> {
  const { demoData, nodeEnv, logLevel } = env();
  if (demoData) {
    const created = await seedDemoStaff(database);
    if (created.length > 0 && (logLevel === "debug" || logLevel === "info")) console.log(demoCredentialsText(created));
    return;
  }
  if (nodeEnv === "production") {
    const active = await activeDemoUsernames(database);
    if (active.length > 0) throw new DemoAccountsRefused(active);
  }
}

export function demoCredentialsText(accounts: DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  const lines = accounts.map(
    (a) => `  ${a.username.padEnd(width)}  ${a.password.padEnd(width + 5)}  ${a.roles.join(", ")} – ${a.authorityName}`,
  );
  return [
    "",
    "Demo-Konten der Verwaltung (NUR FÜR DIE DEMONSTRATION – öffentlich bekannte Passwörter):",
    "Anmeldung unter /verwaltung/anmelden",
    ...lines,
    "Für den Betrieb: DEMO_DATA=false setzen und die Demo-Konten deaktivieren (siehe README, „Demo accounts“).",
    "",
  ].join("\n");
}
