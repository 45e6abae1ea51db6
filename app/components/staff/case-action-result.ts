/** What a refused change on the case page sends back to the form that made it. */
export type CaseActionFailure = {
  intent: "transition" | "assign" | "note";
  message: string;
  code: string;
  field?: string;
  values: { to?: string; note?: string; message?: string; assignee?: string };
};
