import caseExportSchema from "../../../schemas/case-export.schema.json";
import { API_PAGE_SIZE, MAX_PAGE_SIZE } from "./inbox.server";
import { allowedTransitions, CASE_STATUSES, requiresCitizenMessage } from "./lifecycle";
import { MESSAGE_MAX_LENGTH, NOTE_MAX_LENGTH } from "./text-limits";
import { errorResponse } from "../api/openapi-error";
import { CASE_NUMBER_SHAPE } from "./case-record.server";

/**
 * The case API for Fachverfahren in the OpenAPI document (app/server/api/openapi.server.ts
 * spreads these in). The single case is described by schemas/case-export.schema.json itself,
 * embedded with its internal references pointed at its new place.
 */

const security = [{ authorityToken: [] }];
const caseNumberParameter = {
  name: "caseNumber",
  in: "path",
  required: true,
  schema: { type: "string", pattern: CASE_NUMBER_SHAPE.source },
  example: "VGKOE-2026-000042",
};
const statusEnum = [...CASE_STATUSES];
/** The lifecycle as the API documents it, read off the machine: "eingegangen→in_bearbeitung, …". */
const allowedChanges = CASE_STATUSES.filter((from) => allowedTransitions(from).length > 0)
  .map((from) => `${from}→${allowedTransitions(from).join("|")}`)
  .join(", ");
/** Steps only the applicant takes (ADR 033), so a Fachverfahren knows why they are refused. */
const citizenOnly = CASE_STATUSES.filter((from) => allowedTransitions(from, "citizen").includes("zurueckgezogen")).join(", ");
const messageRequiredFor = CASE_STATUSES.filter(requiresCitizenMessage).join(", ");

/** The schema file's references, rewritten to where it lives inside the OpenAPI document. */
function rebase(schema: unknown, base: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rebase(item, base));
  if (!schema || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${base}/${value.slice(2)}` : rebase(value, base),
    ]),
  );
}

function embed(schema: Record<string, unknown>, base: string): unknown {
  // The document's own $schema and $id would make tools resolve references against the file's URL.
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rebase(rest, base);
}

export const caseApiSecuritySchemes = {
  authorityToken: {
    type: "http",
    scheme: "bearer",
    description:
      "API-Schlüssel einer Behörde (`Authorization: Bearer bpk_…`), angelegt von ihrer Kontenverwaltung unter /verwaltung/konten. Er sieht nur die Vorgänge dieser Behörde; Vorgänge anderer Behörden sind 404.",
  },
};

export const caseApiSchemas = {
  CaseExport: embed(caseExportSchema, "#/components/schemas/CaseExport"),
  CaseSummary: {
    type: "object",
    required: ["caseNumber", "status", "revision", "submittedAt", "updatedAt", "service", "municipality", "applicantName", "assignedTo"],
    properties: {
      caseNumber: { type: "string" },
      status: { enum: statusEnum },
      revision: { type: "integer" },
      submittedAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
      service: { type: "object", required: ["id", "title"], properties: { id: { type: "string" }, title: { type: "string" } } },
      municipality: { type: "object", required: ["ags", "name"], properties: { ags: { type: "string" }, name: { type: "string" } } },
      applicantName: { type: "string" },
      assignedTo: { type: ["string", "null"], description: "Name der zugewiesenen Sachbearbeitung." },
    },
  },
  CaseTransition: {
    type: "object",
    required: ["to"],
    additionalProperties: false,
    properties: {
      to: {
        enum: statusEnum,
        description: `Ziel-Status. Erlaubt: ${allowedChanges}. \`zurueckgezogen\` (aus ${citizenOnly}) setzt nur die antragstellende Person selbst, über /status.`,
      },
      note: { type: "string", maxLength: NOTE_MAX_LENGTH, description: "Interner Vermerk bzw. Begründung (nur für die Verwaltung)." },
      message: {
        type: "string",
        maxLength: MESSAGE_MAX_LENGTH,
        description: `Nachricht an die antragstellende Person (Status-Abruf, E-Mail). Pflicht bei: ${messageRequiredFor}.`,
      },
      revision: {
        type: "integer",
        minimum: 1,
        maximum: 2147483647,
        description: "Der Bearbeitungsstand, den der Aufrufer kennt. Weicht er ab, antwortet die API mit 409 und ändert nichts.",
      },
    },
  },
};

export { caseNumberParameter };

export const caseApiPaths = {
  "/cases": {
    get: {
      operationId: "listCases",
      summary: "Vorgänge der eigenen Behörde",
      description:
        "Neueste zuerst (Eingang, dann Kennung). Seitenweise mit `nextCursor`: für die nächste Seite als `cursor` übergeben; `null` auf der letzten Seite.",
      security,
      parameters: [
        { name: "status", in: "query", schema: { enum: statusEnum } },
        { name: "service", in: "query", schema: { type: "string" }, description: "Kennung der Leistung, z. B. hundesteuer-anmeldung." },
        { name: "municipality", in: "query", schema: { type: "string", pattern: "^\\d{8}$" }, description: "AGS der Gemeinde." },
        {
          name: "from",
          in: "query",
          schema: { type: "string", format: "date" },
          description: "Eingegangen ab diesem Tag (deutsche Zeit), einschließlich.",
        },
        {
          name: "to",
          in: "query",
          schema: { type: "string", format: "date" },
          description: "Eingegangen bis zu diesem Tag (deutsche Zeit), einschließlich.",
        },
        {
          name: "q",
          in: "query",
          schema: { type: "string", maxLength: 100 },
          description: "Anfang der Vorgangsnummer oder Teil des Namens.",
        },
        { name: "cursor", in: "query", schema: { type: "string" } },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: API_PAGE_SIZE } },
      ],
      responses: {
        "200": {
          description: "Eine Seite Vorgänge.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["items", "nextCursor"],
                properties: {
                  items: { type: "array", items: { $ref: "#/components/schemas/CaseSummary" } },
                  nextCursor: { type: ["string", "null"] },
                },
              },
            },
          },
        },
        "400": errorResponse("Ungültiger Filter, Cursor oder limit."),
        "401": errorResponse("Kein oder ungültiger API-Schlüssel."),
        "403": errorResponse("Dem Schlüssel fehlt die Berechtigung (`cases:read` bzw. `cases:write`)."),
      },
    },
  },
  "/cases/{caseNumber}": {
    get: {
      operationId: "getCase",
      summary: "Ein Vorgang mit Daten, Anlagen-Metadaten und Verlauf",
      description: "Dasselbe Dokument wie der JSON-Export der Sachbearbeitung (schemas/case-export.schema.json).",
      security,
      parameters: [caseNumberParameter],
      responses: {
        "200": { description: "Der Vorgang.", content: { "application/json": { schema: { $ref: "#/components/schemas/CaseExport" } } } },
        "401": errorResponse("Kein oder ungültiger API-Schlüssel."),
        "403": errorResponse("Dem Schlüssel fehlt die Berechtigung (`cases:read` bzw. `cases:write`)."),
        "404": errorResponse("Kein Vorgang dieser Nummer in der Behörde des Schlüssels."),
      },
    },
  },
  "/cases/{caseNumber}/transitions": {
    post: {
      operationId: "transitionCase",
      summary: "Status eines Vorgangs ändern",
      description: "Jede Änderung wird mit Schlüssel, Zeit, alter und neuer Status, Vermerk und Nachricht im Verlauf festgehalten.",
      security,
      parameters: [caseNumberParameter],
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CaseTransition" } } } },
      responses: {
        "200": {
          description: "Neuer Status und Bearbeitungsstand.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["caseNumber", "status", "revision"],
                properties: { caseNumber: { type: "string" }, status: { enum: statusEnum }, revision: { type: "integer" } },
              },
            },
          },
        },
        "400": errorResponse("Kein gültiges JSON."),
        "401": errorResponse("Kein oder ungültiger API-Schlüssel."),
        "403": errorResponse("Dem Schlüssel fehlt die Berechtigung (`cases:read` bzw. `cases:write`)."),
        "404": errorResponse("Kein Vorgang dieser Nummer in der Behörde des Schlüssels."),
        "409": errorResponse("Der Vorgang wurde inzwischen geändert (revision veraltet); nichts wurde gespeichert."),
        "413": errorResponse("Anfrage zu groß."),
        "415": errorResponse("Kein JSON."),
        "422": {
          description:
            "Der Inhalt passt nicht zum Schema (`invalid_request`, mit `errors` je JSON-Pointer, z. B. `revision` als Text), unzulässiger Statuswechsel, fehlende Nachricht oder zu langer Text; nichts wurde gespeichert.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/ValidationErrors" } } },
        },
      },
    },
  },
};
