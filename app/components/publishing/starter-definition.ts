/** The text a new service starts from: the smallest definition that passes the check, to be filled in. */
export const STARTER_DEFINITION = `${JSON.stringify(
  {
    id: "neue-leistung",
    version: 1,
    level: "gemeinde",
    title: { de: "Titel der Leistung" },
    description: { de: "Was Bürgerinnen und Bürger mit diesem Antrag erreichen." },
    fees: { de: "Gebührenfrei." },
    dataSchema: {
      type: "object",
      required: ["antragsteller"],
      properties: { antragsteller: { $ref: "person-name.schema.json" } },
    },
    steps: [
      {
        id: "antragsteller",
        title: { de: "Angaben zur Person" },
        fields: [
          { pointer: "/antragsteller/vorname", widget: "text", label: { de: "Vorname" }, autocomplete: "given-name" },
          { pointer: "/antragsteller/nachname", widget: "text", label: { de: "Nachname" }, autocomplete: "family-name" },
        ],
      },
    ],
    review: { declaration: { de: "Ich versichere, dass meine Angaben richtig und vollständig sind." } },
  },
  null,
  2,
)}\n`;
