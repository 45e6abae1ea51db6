/** The OpenAPI 3.1 description of /api/v1. Each area adds its paths and schemas here. */
import { CASE_STATUSES } from "../cases/lifecycle";
import { caseApiPaths, caseApiSchemas, caseApiSecuritySchemes, caseNumberParameter } from "../cases/openapi-cases.server";
import { publishingApiPaths, publishingApiSchemas, publishingApiSecuritySchemes } from "../publishing/openapi-publishing.server";
import { MAX_ATTACHMENTS_PER_SUBMISSION } from "../../engine/attachment-limit";
import { SERVICE_ID_PATTERN } from "../../lib/codes";
import { errorResponse } from "./openapi-error";
import { schemaApiPaths } from "./openapi-schemas.server";

/** Operations anyone may call: an empty requirement list says so explicitly. */
const anonymous: never[] = [];
const BASE64_PATTERN = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

/**
 * Every operation may meet answers no handler gives: an address the server cannot read (a NUL
 * character, broken percent-encoding) is a 400 wherever it points; a lost database link is a
 * 503 with Retry-After; anything unexpected a 500 naming the request id.
 */
function withEdgeAnswers<T extends Record<string, Record<string, { responses: Record<string, unknown> }>>>(paths: T): T {
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      operation.responses = {
        "400": errorResponse(
          "Die Anfrage ist fehlerhaft, z. B. ein Nullzeichen (%00) oder eine ungültige Prozentkodierung in der Adresse.",
        ),
        ...operation.responses,
        "500": errorResponse("Unerwarteter Fehler. Die Meldung nennt die Fehlernummer, die auch im Header `X-Request-Id` steht."),
        "503": {
          ...errorResponse(
            "Die Datenbank ist vorübergehend nicht erreichbar. Bitte nach den in `Retry-After` genannten Sekunden erneut versuchen.",
          ),
          headers: { "Retry-After": { description: "Sekunden bis zum nächsten Versuch.", schema: { type: "integer", minimum: 1 } } },
        },
      };
    }
  }
  return paths;
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Bürgerportal API",
      version: "1.0.0",
      description:
        'Öffentliche Schnittstelle des Bürgerportals: Gemeinden und ihre zuständigen Behörden, Formulare, Anträge, Vorgänge und Redaktion. Alle Fehler haben die Form `{ error: { code, message } }`; die Meldung ist deutsch, englisch, wenn `Accept-Language` Englisch vor Deutsch bevorzugt (z. B. `Accept-Language: en`), der `code` ist in jeder Sprache derselbe. wird ein Inhalt abgelehnt, nennt `errors` jedes Problem mit JSON-Pointer. Jeder JSON-Inhalt wird gegen das hier beschriebene Schema geprüft, ohne Typumwandlung (`"1"` ist keine Zahl). Zahlen müssen exakt darstellbar sein (ganze Zahlen bis 2^53−1), Texte gültiges Unicode ohne U+0000, Verschachtelung höchstens 64 Ebenen. Längen (`maxLength`) zählen Zeichen, nicht UTF-16-Einheiten. Die JSON-Schemas der Formulardaten liegen unter `/api/v1/schemas/`.',
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: `${serverUrl}/api/v1`, description: "Dieses Portal" }],
    paths: withEdgeAnswers({
      "/municipalities": {
        get: {
          operationId: "searchMunicipalities",
          security: anonymous,
          summary: "Gemeinden suchen",
          description: "Sucht Gemeinden nach Namen; Umlaute dürfen als ä, ae oder a geschrieben werden.",
          parameters: [{ name: "q", in: "query", required: false, schema: { type: "string", maxLength: 100 }, example: "rastenberg" }],
          responses: {
            "200": {
              description: "Gefundene Gemeinden (höchstens 50), Namensanfänge zuerst.",
              content: {
                "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Municipality" } } },
              },
            },
            "400": errorResponse("Suchbegriff zu lang."),
          },
        },
      },
      "/municipalities/{ags}": {
        get: {
          operationId: "getMunicipality",
          security: anonymous,
          summary: "Eine Gemeinde nach AGS",
          parameters: [{ name: "ags", in: "path", required: true, schema: { type: "string", pattern: "^\\d{8}$" } }],
          responses: {
            "200": {
              description: "Die Gemeinde.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Municipality" } } },
            },
            "400": errorResponse("Der AGS besteht nicht aus 8 Ziffern."),
            "404": errorResponse("Keine Gemeinde mit diesem AGS."),
          },
        },
      },
      "/municipalities/{ags}/services": {
        get: {
          operationId: "listMunicipalityServices",
          security: anonymous,
          summary: "Online-Dienste einer Gemeinde mit der zuständigen Behörde",
          parameters: [{ name: "ags", in: "path", required: true, schema: { type: "string", pattern: "^\\d{8}$" } }],
          responses: {
            "200": {
              description: "Angebotene Leistungen in ihrer aktuellen Version.",
              content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/ServiceSummary" } } } },
            },
            "400": errorResponse("Der AGS besteht nicht aus 8 Ziffern."),
            "404": errorResponse("Keine Gemeinde mit diesem AGS."),
          },
        },
      },
      "/services/{id}": {
        get: {
          operationId: "getService",
          security: anonymous,
          summary: "Formulardefinition einer Leistung",
          description: "Die aktuelle veröffentlichte Version, mit `?version=N` eine bestimmte. Format: siehe docs/form-definitions.md.",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", pattern: SERVICE_ID_PATTERN.source } },
            { name: "version", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 999999 } },
          ],
          responses: {
            "200": {
              description:
                "Die Formulardefinition. Ihr `dataSchema` trägt ein absolutes `$id` unter `/api/v1/schemas/`; seine relativen `$ref` (z. B. `person-name.schema.json`) zeigen damit auf die Teile, die das Portal dort ausliefert.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["id", "version", "dataSchema", "steps", "status"],
                    properties: {
                      id: { type: "string" },
                      version: { type: "integer" },
                      dataSchema: { type: "object" },
                      steps: { type: "array" },
                      status: { enum: ["published", "retired"] },
                    },
                  },
                },
              },
            },
            "400": errorResponse("`version` ist keine ganze Zahl von 1 bis 999999."),
            "404": errorResponse("Unbekannte Leistung oder Version."),
          },
        },
      },
      "/submissions": {
        post: {
          operationId: "submitApplication",
          security: anonymous,
          summary: "Antrag einreichen",
          description:
            "Prüft die Daten mit den Regeln der Formularversion (einschließlich Bedingungen), ermittelt die zuständige Behörde und legt genau einen Vorgang an. Eine Wiederholung mit gleichem `idempotencyKey` und gleichem Inhalt liefert denselben Vorgang (200). Dateien werden Base64-kodiert in `attachments` mitgeschickt und müssen zu den Dateiangaben in `data` passen (Größe, SHA-256, Dateityp). Antworten und Dateien zu Schritten, die eine Bedingung überspringt, werden stillschweigend verworfen.",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/SubmissionRequest" } } },
          },
          responses: {
            "201": {
              description: "Vorgang angelegt.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/SubmissionReceipt" } } },
            },
            "200": {
              description: "Wiederholung: derselbe Vorgang.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/SubmissionReceipt" } } },
            },
            "400": errorResponse("Kein gültiges JSON."),
            "404": errorResponse("Unbekannte Leistung oder Gemeinde, oder die Gemeinde bietet die Leistung nicht an."),
            "409": errorResponse("Der Idempotenzschlüssel wurde mit anderem Inhalt verwendet."),
            "410": errorResponse("Die Leistung wurde eingestellt."),
            "413": errorResponse("Anfrage zu groß."),
            "415": errorResponse("Kein JSON."),
            "422": {
              description:
                "Der Inhalt passt nicht zum Schema (`invalid_request`), ist nicht exakt darstellbar (`unsupported_json`) oder die Daten verletzen die Regeln des Formulars (`invalid_data`); eine Meldung je Problem, adressiert per JSON-Pointer.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/ValidationErrors" } } },
            },
            "429": errorResponse("Zu viele Anträge in kurzer Zeit."),
          },
        },
      },
      "/cases/{caseNumber}/status": {
        get: {
          operationId: "getCaseStatus",
          summary: "Stand eines Vorgangs",
          security: [{ accessCode: [] }],
          parameters: [caseNumberParameter],
          responses: {
            "200": {
              description: "Status und Verlauf.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/CaseStatus" } } },
            },
            "404": errorResponse("Vorgangsnummer und Zugangscode passen nicht zusammen (unbekannt oder falsch – ununterscheidbar)."),
            "429": errorResponse("Zu viele Fehlversuche."),
          },
        },
      },
      "/cases/{caseNumber}/receipt": {
        get: {
          operationId: "getReceipt",
          summary: "Eingangsbestätigung (PDF)",
          description: "Immer dieselben Bytes: die Bestätigung wird einmal erzeugt und gespeichert.",
          security: [{ accessCode: [] }],
          parameters: [caseNumberParameter],
          responses: {
            "200": {
              description: "Die Eingangsbestätigung.",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            "404": errorResponse("Vorgangsnummer und Zugangscode passen nicht zusammen."),
            "429": errorResponse("Zu viele Fehlversuche."),
          },
        },
      },
      ...caseApiPaths,
      ...publishingApiPaths,
      ...schemaApiPaths,
    }),
    components: {
      securitySchemes: {
        ...caseApiSecuritySchemes,
        ...publishingApiSecuritySchemes,
        accessCode: {
          type: "apiKey",
          in: "header",
          name: "X-Access-Code",
          description: "Der Zugangscode, der beim Absenden einmal ausgegeben wurde.",
        },
      },
      schemas: {
        ...caseApiSchemas,
        ...publishingApiSchemas,
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: { code: { type: "string" }, message: { type: "string" } },
            },
          },
        },
        AuthorityRef: {
          type: "object",
          required: ["name", "kind", "ags"],
          properties: {
            name: { type: "string" },
            kind: { enum: ["landratsamt", "verwaltungsgemeinschaft", "erfuellende-gemeinde", "gemeinde"] },
            ags: { type: ["string", "null"], description: "AGS der Behörde; null für eine Verwaltungsgemeinschaft." },
          },
        },
        ServiceSummary: {
          type: "object",
          required: ["id", "version", "title", "leikaKey", "level", "responsibleAuthority"],
          properties: {
            id: { type: "string" },
            version: { type: "integer" },
            title: { type: "string" },
            leikaKey: { type: ["string", "null"], pattern: "^99\\d{12}$" },
            level: { enum: ["gemeinde", "kreis"] },
            responsibleAuthority: { $ref: "#/components/schemas/AuthorityRef" },
          },
        },
        SubmissionRequest: {
          type: "object",
          required: ["service", "municipality", "data", "idempotencyKey"],
          additionalProperties: false,
          properties: {
            service: { type: "string", pattern: SERVICE_ID_PATTERN.source, example: "hundesteuer-anmeldung" },
            version: { type: "integer", minimum: 1, maximum: 999999, description: "Ohne Angabe die aktuelle Version." },
            municipality: { type: "string", pattern: "^\\d{8}$", description: "AGS der Wohnsitzgemeinde." },
            data: { type: "object", description: "Die Antragsdaten nach dem `dataSchema` der Formularversion." },
            idempotencyKey: { type: "string", pattern: "^[A-Za-z0-9._:-]{8,200}$", description: "Für jeden Antrag neu, z. B. eine UUID." },
            lang: { enum: ["de", "en"] },
            attachments: {
              type: "array",
              maxItems: MAX_ATTACHMENTS_PER_SUBMISSION,
              items: {
                type: "object",
                required: ["id", "content"],
                additionalProperties: false,
                properties: {
                  id: { type: "string", maxLength: 36, description: "Die `id` der Dateiangabe in `data`." },
                  content: {
                    type: "string",
                    contentEncoding: "base64",
                    pattern: BASE64_PATTERN,
                    description: "Der Dateiinhalt, Base64-kodiert (RFC 4648, mit Auffüllung).",
                  },
                },
              },
            },
          },
        },
        SubmissionReceipt: {
          type: "object",
          required: ["caseNumber", "accessCode", "submittedAt", "dataHash", "responsibleAuthority", "receiptUrl"],
          properties: {
            caseNumber: {
              type: "string",
              example: "VGKOE-2026-000042",
              description: "Kürzel der Behörde, Eingangsjahr, laufende Nummer ohne Lücken.",
            },
            accessCode: {
              type: "string",
              example: "K7QM-9XTR-4PLD-WB2E",
              description: "Nur hier und bei Wiederholungen ausgegeben; gespeichert wird ein Hash.",
            },
            submittedAt: { type: "string", format: "date-time" },
            dataHash: { type: "string", description: "SHA-256 (hex) der kanonischen JSON-Daten; steht auch in der Eingangsbestätigung." },
            responsibleAuthority: { $ref: "#/components/schemas/AuthorityRef" },
            receiptUrl: { type: "string", format: "uri" },
          },
        },
        ValidationErrors: {
          type: "object",
          required: ["error"],
          properties: {
            error: { $ref: "#/components/schemas/Error/properties/error" },
            errors: {
              type: "array",
              description:
                "Jedes Problem des Inhalts mit seinem JSON-Pointer; fehlt, wenn die Ablehnung nicht an einer Stelle hängt (z. B. eine Gemeinde außerhalb des Landkreises).",
              items: {
                type: "object",
                required: ["pointer", "message"],
                properties: { pointer: { type: "string" }, message: { type: "string" } },
              },
            },
          },
        },
        CaseStatus: {
          type: "object",
          required: ["caseNumber", "status", "history"],
          properties: {
            caseNumber: { type: "string" },
            status: { enum: [...CASE_STATUSES] },
            history: {
              type: "array",
              items: {
                type: "object",
                required: ["at", "status"],
                properties: { at: { type: "string", format: "date-time" }, status: { type: "string" }, note: { type: "string" } },
              },
            },
          },
        },
        Municipality: {
          type: "object",
          required: ["ags", "ars", "name", "slug", "kind", "county", "administeredBy"],
          properties: {
            ags: { type: "string", pattern: "^\\d{8}$" },
            ars: { type: ["string", "null"], pattern: "^\\d{12}$", description: "null, solange der ARS nicht bestätigt ist." },
            name: { type: "string" },
            slug: { type: "string" },
            kind: { enum: ["stadt", "gemeinde", "landgemeinde"] },
            county: {
              type: "object",
              required: ["ags", "name"],
              properties: { ags: { type: "string" }, name: { type: "string" } },
            },
            administeredBy: {
              $ref: "#/components/schemas/AuthorityRef",
              description: "Die Behörde, die die Gemeinde verwaltet: ihre Verwaltungsgemeinschaft, erfüllende Gemeinde oder sie selbst.",
            },
          },
        },
      },
    },
  };
}
