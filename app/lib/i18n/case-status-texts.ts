/**
 * The statuses of a case as the authority names them (staff pages, the inbox export, refusals of
 * the case API). Apart from the dictionary because the staff pages' components read the German
 * labels directly (STATUS_LABELS); the citizen's status page words them its own way (`status.*`).
 */
import type { Lang } from "../../engine/types";

export const caseStatusTexts = {
  de: {
    "caseStatus.eingegangen": "Eingegangen",
    "caseStatus.in_bearbeitung": "In Bearbeitung",
    "caseStatus.rueckfrage": "Rückfrage",
    "caseStatus.abgeschlossen": "Abgeschlossen",
    "caseStatus.abgelehnt": "Abgelehnt",
    "caseStatus.zurueckgezogen": "Zurückgezogen",
  },
  en: {
    "caseStatus.eingegangen": "Received",
    "caseStatus.in_bearbeitung": "In progress",
    "caseStatus.rueckfrage": "Query",
    "caseStatus.abgeschlossen": "Completed",
    "caseStatus.abgelehnt": "Rejected",
    "caseStatus.zurueckgezogen": "Withdrawn",
  },
} as const satisfies Record<Lang, Record<string, string>>;
