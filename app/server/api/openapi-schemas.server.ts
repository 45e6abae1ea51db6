/** The schema folder in the OpenAPI document (app/server/api/openapi.server.ts spreads these in). */
import { errorResponse } from "./openapi-error";
import { sharedPartNames } from "./schema-documents.server";

export const schemaApiPaths = {
  "/schemas/{name}": {
    get: {
      operationId: "getSchema",
      summary: "JSON Schema der Formulardaten",
      description:
        "Die gemeinsamen Teile, auf die ein `dataSchema` mit relativem `$ref` verweist, und je veröffentlichter Version das gebündelte Datenschema `<Leistung>.v<Version>.data.schema.json` (mit allen benutzten Teilen unter `$defs` und den Standardgrenzen, die das Portal prüft). Jedes Dokument hat ein absolutes `$id` in diesem Ordner, sodass ein Standard-Validator (JSON Schema 2020-12) die Verweise allein aus dem Portal auflöst. Formate, die nur das Portal kennt, stehen als Standard-Schlüsselwörter darin (IBAN als Muster, Geburtsdatum als `date`); die Prüfsumme der IBAN und ein Geburtsdatum in der Zukunft prüft das Portal beim Absenden.",
      security: [],
      parameters: [
        {
          name: "name",
          in: "path",
          required: true,
          schema: {
            anyOf: [
              { enum: sharedPartNames() },
              { type: "string", pattern: "^[a-z][a-z0-9-]{2,62}\\.v[1-9]\\d{0,5}\\.data\\.schema\\.json$" },
            ],
          },
          example: "person-name.schema.json",
        },
      ],
      responses: {
        "200": { description: "Das Schema.", content: { "application/schema+json": { schema: { type: "object" } } } },
        "404": errorResponse("Kein solches Schema (unbekannter Teil, unbekannte Leistung oder Version, oder ein Entwurf)."),
      },
    },
  },
};
