import { notFound } from "~/server/api/responses.server";

export const loader = () => notFound("Diesen API-Endpunkt gibt es nicht.");
export const action = loader;
