/**
 * The editorial API in the OpenAPI document (app/server/api/openapi.server.ts spreads these in).
 */
import { SERVICE_ID_PATTERN } from "../../lib/codes";
import { errorResponse } from "../api/openapi-error";

const security = [{ editorToken: [] }];
const serviceId = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", pattern: SERVICE_ID_PATTERN.source },
  example: "veranstaltung-anzeige",
};
const unauthorized = {
  "401": errorResponse("Kein oder ein ungültiger API-Schlüssel."),
  "403": errorResponse(
    "Dem Schlüssel fehlt die Berechtigung „services:write“, oder er gehört zu keinem Landratsamt, oder (`built_in_service`) das Formular einer eingebauten Leistung ändert nur der Portalbetrieb.",
  ),
};

export const publishingApiSecuritySchemes = {
  editorToken: {
    type: "http",
    scheme: "bearer",
    description:
      "API-Schlüssel der Redaktion eines Landratsamts (`Authorization: Bearer bpk_…`, Berechtigung `services:write`), angelegt unter /redaktion/schluessel. Er sieht die Leistungen des eigenen Landkreises und die eingebauten Leistungen; Leistungen anderer Landkreise sind 404.",
  },
};

export const publishingApiSchemas = {
  DefinitionErrors: {
    type: "object",
    required: ["error", "errors"],
    properties: {
      error: { $ref: "#/components/schemas/Error/properties/error" },
      errors: {
        type: "array",
        description: "Jedes Problem der Formulardefinition, wie `npm run forms:check` es meldet.",
        items: {
          type: "object",
          required: ["pointer", "message"],
          properties: {
            pointer: { type: "string", description: 'JSON-Pointer in die Formulardefinition ("" = das ganze Dokument).' },
            message: { type: "string" },
            line: { type: "integer", minimum: 1 },
            column: { type: "integer", minimum: 1 },
          },
        },
      },
    },
  },
  ServiceDraft: {
    type: "object",
    required: ["id", "version", "status", "links"],
    properties: {
      id: { type: "string" },
      version: { type: "integer" },
      status: { const: "draft" },
      links: { type: "object", properties: { publish: { type: "string" }, preview: { type: "string" } } },
    },
  },
  FimImportReport: {
    type: "object",
    description:
      "Bericht des FIM-Imports (docs/fim-import.md): was übernommen, was angenähert wurde, was die Redaktion entscheiden muss, und jede Regel.",
    required: ["standard", "schemaId", "name", "counts", "approximated", "decisions", "rules", "ruleStats"],
    properties: {
      standard: { enum: ["xdf2", "xdf3"] },
      schemaId: { type: "string" },
      schemaVersion: { type: "string" },
      name: { type: "string" },
      counts: { type: "object", additionalProperties: { type: "integer" } },
      mapped: { type: "array", items: { $ref: "#/components/schemas/FimReportLine" } },
      approximated: { type: "array", items: { $ref: "#/components/schemas/FimReportLine" } },
      decisions: { type: "array", items: { $ref: "#/components/schemas/FimReportLine" } },
      rules: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "name", "status", "sentences"],
          properties: {
            id: { type: "string" },
            name: { type: "string" },
            owner: { type: "string" },
            status: { enum: ["translated", "partly", "not-translated"] },
            namesFieldAndValue: { type: "boolean" },
            sentences: { type: "array", items: { type: "object" } },
          },
        },
      },
      ruleStats: { type: "object", additionalProperties: { type: "integer" } },
    },
  },
  FimReportLine: {
    type: "object",
    required: ["message"],
    properties: { element: { type: "string" }, pointer: { type: "string" }, message: { type: "string" } },
  },
  FimImportResult: {
    allOf: [{ $ref: "#/components/schemas/ServiceDraft" }],
    type: "object",
    required: ["report"],
    properties: { report: { $ref: "#/components/schemas/FimImportReport" } },
  },
  PublishedVersion: {
    type: "object",
    required: ["id", "version", "status", "publishedAt"],
    properties: {
      id: { type: "string" },
      version: { type: "integer" },
      status: { const: "published" },
      publishedAt: { type: "string", format: "date-time" },
    },
  },
  Offering: {
    type: "object",
    required: ["id", "county", "municipalities"],
    properties: {
      id: { type: "string" },
      county: { type: "object", required: ["ags", "name"], properties: { ags: { type: "string" }, name: { type: "string" } } },
      municipalities: { type: "array", items: { type: "string", pattern: "^\\d{8}$" } },
      added: { type: "array", items: { type: "string" } },
      removed: { type: "array", items: { type: "string" } },
    },
  },
};

export const publishingApiPaths = {
  "/services": {
    post: {
      operationId: "createServiceDraft",
      summary: "Formulardefinition als Entwurf anlegen",
      description:
        "Der Inhalt ist die Formulardefinition selbst (siehe docs/form-definitions.md), höchstens 1 MB. Eine neue Kennung (`id`) legt eine neue Leistung des Landkreises an; die Kennung einer vorhandenen Leistung legt den Entwurf ihrer nächsten Version an (`version` muss die nächste freie Nummer sein) oder ersetzt den offenen Entwurf. Geprüft wird wie mit `npm run forms:check`; eine fehlerhafte Definition wird nicht gespeichert.",
      security,
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", description: "Eine Formulardefinition." } } },
      },
      responses: {
        "201": {
          description: "Entwurf angelegt.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/ServiceDraft" } } },
        },
        "200": {
          description: "Offener Entwurf ersetzt.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/ServiceDraft" } } },
        },
        "400": errorResponse("Leerer Inhalt oder kein UTF-8."),
        ...unauthorized,
        "409": errorResponse("Kennung gehört einer Leistung eines anderen Landkreises, oder die Leistung ist eingestellt."),
        "413": errorResponse("Größer als 1 MB."),
        "415": errorResponse("Kein JSON."),
        "422": {
          description: "Die Definition enthält Fehler: jedes mit JSON-Pointer, Zeile und Spalte.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/DefinitionErrors" } } },
        },
      },
    },
  },
  "/services/import/fim": {
    post: {
      operationId: "importFimSchema",
      summary: "Entwurf aus einem FIM-Stammdatenschema anlegen",
      description:
        "Ein FIM-Stammdatenschema (XDatenfelder 2 oder 3) als Datei `schema`, dazu beliebig viele genericode-Code-Listen als `codelisten`, optional `id` (Kennung der neuen Leistung) und `level` (`gemeinde` oder `kreis`). Der Import (docs/fim-import.md) schreibt die Formulardefinition und legt sie als Entwurf einer neuen Leistung des Landkreises an; die Antwort enthält den Bericht. Je Datei höchstens 10 MB; DTDs und Entitäten werden abgelehnt.",
      security,
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["schema"],
              properties: {
                schema: { type: "string", format: "binary" },
                codelisten: { type: "array", items: { type: "string", format: "binary" } },
                id: { type: "string", pattern: "^[a-z][a-z0-9-]{2,62}$" },
                level: { enum: ["gemeinde", "kreis"] },
              },
            },
          },
        },
      },
      responses: {
        "201": {
          description: "Entwurf angelegt; mit dem Bericht des Imports.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/FimImportResult" } } },
        },
        "400": errorResponse("Unvollständiger oder fehlerhafter multipart-Inhalt."),
        ...unauthorized,
        "409": errorResponse("Die Kennung ist bereits vergeben."),
        "413": errorResponse("Eine Datei ist größer als 10 MB oder die Anfrage zu groß."),
        "415": errorResponse("Kein multipart/form-data."),
        "422": {
          description:
            "Das Schema lässt sich nicht übernehmen (kein XML, falscher Namensraum, abgeschnitten, DTD/Entitäten, fehlende Teile) — die Meldung nennt Datei, Zeile und Element — oder es fehlt die Datei `schema`.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/DefinitionErrors" } } },
        },
      },
    },
  },
  "/services/{id}/versions/{version}/publish": {
    post: {
      operationId: "publishServiceVersion",
      summary: "Entwurf veröffentlichen",
      description:
        "Macht den Entwurf zur unveränderlichen Version, die neue Anträge bekommen. Begonnene Anträge und Vorgänge behalten ihre Version. Alles oder nichts: Status, Datum, Prüfmodul für den Browser und Protokolleintrag entstehen in einer Transaktion.",
      security,
      parameters: [serviceId, { name: "version", in: "path", required: true, schema: { type: "integer", minimum: 1, maximum: 999999 } }],
      responses: {
        "200": {
          description: "Veröffentlicht.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/PublishedVersion" } } },
        },
        ...unauthorized,
        "404": errorResponse("Unbekannte Leistung (oder eine eines anderen Landkreises) oder Version."),
        "409": errorResponse("Die Version ist bereits veröffentlicht oder eingestellt, oder die Leistung ist eingestellt."),
        "422": {
          description: "Der Entwurf enthält Fehler.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/DefinitionErrors" } } },
        },
      },
    },
  },
  "/services/{id}/offering": {
    get: {
      operationId: "getServiceOffering",
      summary: "Angebot im eigenen Landkreis",
      security,
      parameters: [serviceId],
      responses: {
        "200": {
          description: "Die Gemeinden des Landkreises, die die Leistung anbieten.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Offering" } } },
        },
        ...unauthorized,
        "404": errorResponse("Unbekannte Leistung."),
      },
    },
    put: {
      operationId: "replaceServiceOffering",
      summary: "Angebot im eigenen Landkreis festlegen",
      description:
        "Ersetzt die Liste der anbietenden Gemeinden des eigenen Landkreises; das Angebot in anderen Landkreisen bleibt unberührt.",
      security,
      parameters: [serviceId],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["municipalities"],
              additionalProperties: false,
              properties: { municipalities: { type: "array", maxItems: 2000, items: { type: "string", pattern: "^\\d{8}$" } } },
            },
            example: { municipalities: ["16068013", "16068025"] },
          },
        },
      },
      responses: {
        "200": {
          description: "Das neue Angebot mit den hinzugekommenen und entfallenen Gemeinden.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Offering" } } },
        },
        "400": errorResponse("Kein gültiges JSON."),
        ...unauthorized,
        "404": errorResponse("Unbekannte Leistung."),
        "413": errorResponse("Anfrage zu groß."),
        "415": errorResponse("Kein JSON."),
        "422": {
          description:
            "Der Inhalt passt nicht zum Schema (`invalid_request`, mit `errors` je JSON-Pointer) oder nennt Gemeinden, die nicht im Landkreis des Schlüssels liegen.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/ValidationErrors" } } },
        },
      },
    },
  },
};
