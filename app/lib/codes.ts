/** Amtlicher Gemeindeschlüssel: Land(2) + Regierungsbezirk(1) + Kreis(2) + Gemeinde(3). */
export const AGS_PATTERN = /^\d{8}$/;
