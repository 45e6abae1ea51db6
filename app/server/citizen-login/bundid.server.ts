/**
 * Sign-in with BundID: a SAML 2.0 service provider on @node-saml/node-saml. Requests are signed
 * (HTTP-Redirect binding) and name the trust level asked for; answers come back over HTTP-POST and
 * must carry exactly one encrypted, signed assertion for this portal, in answer to a request the
 * portal issued (InResponseTo, kept server-side) and used only once.
 */
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile, type SamlConfig } from "@node-saml/node-saml";
import { parseXmlDocument } from "./xml-document";
import type { TrustLevel } from "../citizen-account/identity";
import { meetsTrustLevel } from "../citizen-account/identity";
import { AUTHN_CONTEXT_FOR, mapBundIdAttributes, type SamlAttributes } from "./bundid-profile";
import { bundIdConfig, type BundIdConfig } from "./bundid-config.server";
import {
  findLoginRequest,
  firstUseOfAssertion,
  LOGIN_REQUEST_TTL_MS,
  saveLoginRequest,
  takeLoginRequest,
  type LoginRequest,
} from "./login-requests.server";
import { refuse, refuseLogged, type LoginResult, type RefusalReason } from "./login-refusal";

/** Clock difference tolerated between BundID and the portal. */
export const CLOCK_SKEW_MS = 30_000;
const MAX_RESPONSE_CHARS = 256 * 1024;
const SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
const ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";

function samlFor(config: BundIdConfig, cacheProvider: CacheProvider, level: TrustLevel): SAML {
  const options: SamlConfig = {
    issuer: config.spEntityId,
    callbackUrl: config.acsUrl,
    entryPoint: config.idp.ssoUrl,
    idpIssuer: config.idp.entityId,
    idpCert: config.idp.signingCerts,
    privateKey: config.spKey,
    publicCert: config.spCert,
    decryptionPvk: config.spKey,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
    audience: config.spEntityId,
    wantAssertionsSigned: true,
    // BundID signs the assertion; a signature on the envelope is checked when present.
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
    authnContext: [AUTHN_CONTEXT_FOR[level]],
    racComparison: "minimum",
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: LOGIN_REQUEST_TTL_MS,
    cacheProvider,
  };
  return new SAML(options);
}

/** A cache provider that never holds anything: for metadata, which issues no request. */
const NO_REQUESTS: CacheProvider = {
  saveAsync: async () => null,
  getAsync: async () => null,
  removeAsync: async () => null,
};

export function bundIdMetadata(): string | null {
  const config = bundIdConfig();
  if (!config) return null;
  return samlFor(config, NO_REQUESTS, "substantiell").generateServiceProviderMetadata(config.spCert, config.spCert);
}

/** The address of the signed AuthnRequest to send the browser to; the request is remembered first. */
export async function startBundIdLogin(returnTo: string, level: TrustLevel | null): Promise<string | null> {
  const config = bundIdConfig();
  if (!config) return null;
  const remember: CacheProvider = {
    saveAsync: async (id) => {
      const createdAt = await saveLoginRequest({ id, protocol: "bundid", returnTo, requestedLevel: level });
      return { value: createdAt.toISOString(), createdAt: createdAt.getTime() };
    },
    getAsync: async () => null,
    removeAsync: async () => null,
  };
  return samlFor(config, remember, level ?? "substantiell").getAuthorizeUrlAsync("", undefined, {});
}

/** Checks the envelope node-saml leaves to its callers: where it was sent, and that the assertion is encrypted. */
function envelopeRefusal(xml: string, config: BundIdConfig): RefusalReason | null {
  const { root, errors } = parseXmlDocument(xml);
  if (errors.length > 0 || !root || root.localName !== "Response" || root.namespaceURI !== SAMLP) return "malformed";
  if (root.getAttribute("Destination") !== config.acsUrl) return "destination";
  const children = Array.from(root.childNodes).filter((node) => node.nodeType === 1) as Element[];
  const plain = children.filter((e) => e.localName === "Assertion" && e.namespaceURI === ASSERTION_NS);
  const encrypted = children.filter((e) => e.localName === "EncryptedAssertion" && e.namespaceURI === ASSERTION_NS);
  if (plain.length > 0) return "unencrypted";
  const status = children.find((e) => e.localName === "Status");
  const code = status ? Array.from(status.getElementsByTagNameNS(SAMLP, "StatusCode"))[0]?.getAttribute("Value") : null;
  if (code && !code.endsWith(":Success")) return "cancelled";
  if (encrypted.length !== 1) return encrypted.length === 0 ? "unencrypted" : "malformed";
  return null;
}

function reasonOf(error: unknown): RefusalReason {
  const message = error instanceof Error ? error.message : "";
  if (/signature/i.test(message)) return "signature";
  if (/audience/i.test(message)) return "audience";
  if (/expired|not yet valid|subject confirmation/i.test(message)) return "expired";
  if (/InResponseTo/i.test(message)) return "unknownRequest";
  if (/status|Responder|Requester/i.test(message)) return "cancelled";
  return "malformed";
}

type AssertionFacts = { id: string | null; recipient: string | null; notOnOrAfter: string | null };

function factsOf(profile: Profile): AssertionFacts {
  const assertion = (profile.getAssertion?.() ?? {}) as { Assertion?: Record<string, unknown> };
  type Node = { $?: Record<string, string> } & Record<string, Node[] | undefined>;
  const root = assertion.Assertion as unknown as Node | undefined;
  const confirmation = root?.Subject?.[0]?.SubjectConfirmation?.[0]?.SubjectConfirmationData?.[0];
  return {
    id: root?.$?.ID ?? null,
    recipient: confirmation?.$?.Recipient ?? null,
    notOnOrAfter: confirmation?.$?.NotOnOrAfter ?? root?.Conditions?.[0]?.$?.NotOnOrAfter ?? null,
  };
}

/** Checks a SAMLResponse posted to the assertion consumer service and gives the identity in it. */
export async function consumeBundIdResponse(samlResponse: string | null): Promise<LoginResult> {
  const config = bundIdConfig();
  if (!config) return refuse("malformed", 400);
  if (!samlResponse || samlResponse.length > MAX_RESPONSE_CHARS || !/^[A-Za-z0-9+/=\s]+$/.test(samlResponse)) return refuse("malformed");
  const xml = Buffer.from(samlResponse, "base64").toString("utf8");
  const envelope = envelopeRefusal(xml, config);
  if (envelope) return refused(envelope, "envelope");

  let request: (LoginRequest & { createdAt: Date }) | null = null;
  const answered: CacheProvider = {
    saveAsync: async () => null,
    getAsync: async (id) => {
      request ??= await findLoginRequest(id, "bundid");
      return request && request.id === id ? request.createdAt.toISOString() : null;
    },
    removeAsync: async (id) => {
      if (id) await takeLoginRequest(id, "bundid");
      return id;
    },
  };
  let profile: Profile | null;
  try {
    ({ profile } = await samlFor(config, answered, "substantiell").validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (error) {
    return refused(reasonOf(error), error instanceof Error ? error.message : String(error));
  }
  const open = request as (LoginRequest & { createdAt: Date }) | null;
  if (!profile || !open) return refused("unknownRequest", "no profile or request");
  const facts = factsOf(profile);
  if (facts.recipient !== config.acsUrl) return refused("destination", `recipient ${facts.recipient}`);
  const expiresAt = facts.notOnOrAfter ? new Date(facts.notOnOrAfter) : null;
  if (!facts.id || !expiresAt || Number.isNaN(expiresAt.getTime())) return refused("malformed", "assertion without ID or NotOnOrAfter");
  if (!(await firstUseOfAssertion(facts.id, new Date(expiresAt.getTime() + CLOCK_SKEW_MS)))) return refused("replayed", facts.id);

  const mapped = mapBundIdAttributes((profile.attributes ?? {}) as SamlAttributes);
  if (!mapped.subject) return refused("noSubject", "bPK2 missing");
  const trustLevel = mapped.trustLevel ?? "basisregistrierung";
  if (open.requestedLevel && !meetsTrustLevel(trustLevel, open.requestedLevel))
    return refused("levelTooLow", `${trustLevel} < ${open.requestedLevel}`, 403);
  return {
    ok: true,
    returnTo: open.returnTo,
    identity: { provider: "bundid", subject: mapped.subject, trustLevel, attributes: mapped.attributes },
  };
}

const refused = (reason: RefusalReason, detail: string, status?: 400 | 403) => refuseLogged("BundID", reason, detail, status);
