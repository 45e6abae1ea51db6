/** An error response in the OpenAPI document: the shared `Error` body with a description. */
export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
