/**
 * Why a sign-in was refused, and what the citizen reads then (German, like every citizen page's
 * own text here). The reason is logged; the page says what happened and what to do, never the
 * technical detail of a signature or a certificate.
 */
import type { CitizenIdentity } from "../citizen-account/identity";
import { log } from "../logger.server";

export type RefusalReason =
  | "malformed"
  | "unencrypted"
  | "signature"
  | "audience"
  | "destination"
  | "expired"
  | "unknownRequest"
  | "replayed"
  | "noSubject"
  | "levelTooLow"
  | "cancelled"
  | "state";

export type LoginRefusal = { ok: false; status: 400 | 403; reason: RefusalReason; message: string };

/** What checking a sign-in's answer gives, whichever protocol it came by. */
export type LoginResult = { ok: true; identity: CitizenIdentity; returnTo: string } | LoginRefusal;

const TRY_AGAIN = "Bitte melden Sie sich erneut an.";

const MESSAGES: Record<RefusalReason, string> = {
  malformed: `Die Antwort des Anmeldedienstes ist unvollständig oder beschädigt. ${TRY_AGAIN}`,
  unencrypted: `Die Antwort des Anmeldedienstes war nicht verschlüsselt; das Portal nimmt Ihre Daten nur verschlüsselt an. ${TRY_AGAIN}`,
  signature: `Die Antwort des Anmeldedienstes trägt keine gültige Signatur. Sie wurde unterwegs verändert oder stammt nicht vom Anmeldedienst. ${TRY_AGAIN}`,
  audience: `Die Antwort des Anmeldedienstes war für einen anderen Dienst bestimmt, nicht für dieses Portal. ${TRY_AGAIN}`,
  destination: `Die Antwort des Anmeldedienstes war an eine andere Adresse gerichtet. ${TRY_AGAIN}`,
  expired: `Die Anmeldung ist abgelaufen. ${TRY_AGAIN}`,
  unknownRequest: `Zu dieser Antwort gibt es keine offene Anmeldung: Sie wurde schon verwendet, ist abgelaufen oder wurde nicht hier begonnen. ${TRY_AGAIN}`,
  replayed: `Diese Anmeldung wurde bereits verwendet. ${TRY_AGAIN}`,
  noSubject: "Der Anmeldedienst hat keine Kennung Ihres Kontos übermittelt. Bitte wenden Sie sich an den Anmeldedienst.",
  levelTooLow:
    "Ihre Anmeldung hat ein niedrigeres Vertrauensniveau als verlangt. Bitte melden Sie sich mit einem Verfahren dieses Niveaus an, etwa mit der Online-Ausweisfunktion.",
  cancelled: "Die Anmeldung wurde abgebrochen oder vom Anmeldedienst abgelehnt. Sie können es erneut versuchen.",
  state: `Diese Rückkehr vom Anmeldedienst passt zu keiner Anmeldung, die Sie in diesem Browser begonnen haben. ${TRY_AGAIN}`,
};

export function refuse(reason: RefusalReason, status: 400 | 403 = 400): LoginRefusal {
  return { ok: false, status, reason, message: MESSAGES[reason] };
}

/** A refusal whose technical detail goes to the log, not to the citizen's page. */
export function refuseLogged(protocol: "BundID" | "OIDC", reason: RefusalReason, detail: string, status: 400 | 403 = 400): LoginRefusal {
  log.warn(`${protocol} sign-in refused`, { reason, detail: detail.slice(0, 300) });
  return refuse(reason, status);
}
