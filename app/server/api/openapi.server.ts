/** The OpenAPI 3.1 description of /api/v1. Each area adds its paths and schemas here. */

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Bürgerportal API",
      version: "1.0.0",
      description:
        "Öffentliche Schnittstelle des Bürgerportals: Gemeinden und ihre zuständigen Behörden. Alle Fehler haben die Form `{ error: { code, message } }` mit einer deutschen Meldung.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: {
      "/municipalities": {
        get: {
          operationId: "searchMunicipalities",
          summary: "Gemeinden suchen",
          description: "Sucht Gemeinden nach Namen; Umlaute dürfen als ä, ae oder a geschrieben werden.",
          parameters: [
            { name: "q", in: "query", required: false, schema: { type: "string", maxLength: 100 }, example: "rastenberg" },
          ],
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
    },
    components: {
      schemas: {
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
