/**
 * The header's links that carry the page's own address: the language switch (the same page in
 * the other language) and sign-in's way back. Remix renders them anew on every navigation; the
 * wizard's island (ADR 043) does not render the header, so it sets them after each page it shows.
 */
import { LANG_PARAM_NAME } from "./i18n/language-paths";
import { isLang, type Lang } from "./i18n/format";

interface Address {
  pathname: string;
  search: string;
}

/** The attribute that marks such a link, with its kind: "language" or "sign-in". */
const ADDRESS_LINK = "data-address-link";

export function languageHref(address: Address, lang: Lang): string {
  const params = new URLSearchParams(address.search);
  params.set(LANG_PARAM_NAME, lang);
  return `${address.pathname}?${params.toString()}`;
}

export function signInHref(address: Address): string {
  return `/anmelden?zurueck=${encodeURIComponent(`${address.pathname}${address.search}`)}`;
}

export function updateAddressLinks(page: ParentNode, address: Address): void {
  for (const link of page.querySelectorAll<HTMLAnchorElement>(`a[${ADDRESS_LINK}]`)) {
    const kind = link.getAttribute(ADDRESS_LINK);
    if (kind === "sign-in") link.setAttribute("href", signInHref(address));
    else if (kind === "language" && isLang(link.hreflang)) link.setAttribute("href", languageHref(address, link.hreflang));
  }
}
