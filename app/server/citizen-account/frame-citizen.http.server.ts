import { currentCitizen } from "./citizen-session.http.server";
import { displayName } from "./display-name";

/** Who the site header names as signed in (only a name: the frame's data reaches every page). */
export async function frameCitizen(request: Request): Promise<{ name: string } | null> {
  const citizen = await currentCitizen(request);
  return citizen ? { name: displayName(citizen.attributes) } : null;
}
