import { refusalStatus } from "../refusal-status.http.server";
import { createAccount, disableAccount, type FieldErrors } from "./accounts.server";
import { createApiToken, revokeApiToken } from "./api-tokens.server";
import type { StaffUser } from "./staff-user";

/** The accounts page's form posts, dispatched by `intent`. Secrets come back exactly once. */
export type AccountActionOutcome =
  | { intent: "create-account"; ok: true; username: string; password: string; generated: boolean }
  | { intent: "create-account"; ok: false; errors: FieldErrors; values: { username: string; displayName: string; roles: string[] } }
  | { intent: "create-token"; ok: true; name: string; token: string }
  | { intent: "create-token"; ok: false; message: string; values: { name: string } }
  | { intent: "disable-account" | "revoke-token"; ok: boolean; message: string }
  | { intent: "unknown"; ok: false; message: string };

export async function performAccountAction(admin: StaffUser, form: FormData): Promise<{ status: number; outcome: AccountActionOutcome }> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  switch (text("intent")) {
    case "create-account": {
      const values = { username: text("username"), displayName: text("displayName"), roles: form.getAll("roles").map(String) };
      const result = await createAccount(admin, { ...values, password: text("password") || undefined });
      return result.ok
        ? {
            status: 200,
            outcome: {
              intent: "create-account",
              ok: true,
              username: result.account.username,
              password: result.password,
              generated: result.generated,
            },
          }
        : { status: 422, outcome: { intent: "create-account", ok: false, errors: result.errors, values } };
    }
    case "disable-account": {
      const result = await disableAccount(admin, text("userId"));
      return result.ok
        ? {
            status: 200,
            outcome: { intent: "disable-account", ok: true, message: "Das Konto wurde deaktiviert; alle seine Sitzungen sind beendet." },
          }
        : { status: refusalStatus(result), outcome: { intent: "disable-account", ok: false, message: result.message } };
    }
    case "create-token": {
      const name = text("name");
      const result = await createApiToken(admin, name);
      return result.ok
        ? { status: 200, outcome: { intent: "create-token", ok: true, name: name.trim(), token: result.token } }
        : { status: 422, outcome: { intent: "create-token", ok: false, message: result.message, values: { name } } };
    }
    case "revoke-token": {
      const done = await revokeApiToken(admin, text("tokenId"));
      return done
        ? {
            status: 200,
            outcome: {
              intent: "revoke-token",
              ok: true,
              message: "Der API-Schlüssel wurde widerrufen und funktioniert ab sofort nicht mehr.",
            },
          }
        : {
            status: 404,
            outcome: {
              intent: "revoke-token",
              ok: false,
              message: "Diesen API-Schlüssel gibt es in Ihrer Behörde nicht oder er ist bereits widerrufen.",
            },
          };
    }
    default:
      return { status: 400, outcome: { intent: "unknown", ok: false, message: "Diese Aktion gibt es nicht." } };
  }
}
