/**
 * The table of hostile requests: every endpoint family (each API group, every page form, uploads,
 * query strings, headers, methods), each with the refusal it must get. Rows are built from the
 * fixtures of a running portal (cookies, tokens, a case number).
 */
import type { HostileRequest } from "./hostile-http";

export type HostileContext = {
  /** Cookie header of a citizen with an open draft of the dog tax in Rastenberg. */
  citizenCookie: string;
  staffCookie: string;
  adminCookie: string;
  editorCookie: string;
  caseNumber: string;
  casesToken: string;
  editorToken: string;
};

/** The expected status: exact, or any 4xx where several refusals are right (e.g. 429 from a login limit). */
export type HostileRow = { name: string; expect: number | "4xx"; request(ctx: HostileContext): HostileRequest };

const WIZARD = "/rastenberg/hundesteuer-anmeldung";
const SERVICE_PAGE = "/redaktion/leistungen/gewerbeanmeldung";
const JSON_TYPE = { "Content-Type": "application/json" };
const FORM_TYPE = { "Content-Type": "application/x-www-form-urlencoded" };

type Who = "citizen" | "staff" | "admin" | "editor" | "anonymous";
const cookieOf = (ctx: HostileContext, who: Who): Record<string, string> => {
  const cookies = { citizen: ctx.citizenCookie, staff: ctx.staffCookie, admin: ctx.adminCookie, editor: ctx.editorCookie, anonymous: "" };
  return who === "anonymous" ? {} : { Cookie: cookies[who] };
};

/** Every page form, with whose cookie it is posted. */
const PAGE_FORMS: Array<{ path: (ctx: HostileContext) => string; who: Who }> = [
  { path: () => WIZARD, who: "citizen" },
  { path: () => `${WIZARD}/schritt/halter`, who: "citizen" },
  { path: () => `${WIZARD}/pruefen`, who: "citizen" },
  { path: () => `${WIZARD}/speichern`, who: "citizen" },
  { path: () => "/status", who: "anonymous" },
  { path: () => "/status/eingangsbestaetigung.pdf", who: "anonymous" },
  { path: () => "/fortsetzen", who: "anonymous" },
  { path: () => "/verwaltung/anmelden", who: "anonymous" },
  { path: (ctx) => `/verwaltung/vorgaenge/${ctx.caseNumber}`, who: "staff" },
  { path: () => "/verwaltung/konten", who: "admin" },
  { path: () => `${SERVICE_PAGE}?index`, who: "editor" },
  { path: () => `${SERVICE_PAGE}/angebot`, who: "editor" },
  { path: () => `${SERVICE_PAGE}/entwurf`, who: "editor" },
  { path: () => "/redaktion/neu", who: "editor" },
  { path: () => "/redaktion/schluessel", who: "editor" },
];

/** Bodies that are no form, each with the content type it claims. */
const NOT_A_FORM: Array<{ label: string; headers: Record<string, string>; body: string }> = [
  { label: "no content type", headers: {}, body: "intent=note&note=x" },
  { label: "JSON", headers: JSON_TYPE, body: '{"note":"x"}' },
  { label: "text/plain", headers: { "Content-Type": "text/plain" }, body: "note=x" },
  { label: "multipart without boundary", headers: { "Content-Type": "multipart/form-data" }, body: "--x\r\n\r\n" },
];

const formRows: HostileRow[] = PAGE_FORMS.flatMap(({ path, who }) =>
  NOT_A_FORM.map(({ label, headers, body }) => ({
    name: `POST ${path({ caseNumber: "{case}" } as HostileContext)} as ${label}`,
    expect: 415,
    request: (ctx: HostileContext) => ({ method: "POST", path: path(ctx), headers: { ...cookieOf(ctx, who), ...headers }, body }),
  })),
);

const NUL = "%00";
const nulFormRows: HostileRow[] = [
  {
    name: "wizard value with U+0000",
    who: "citizen" as Who,
    path: `${WIZARD}/schritt/halter`,
    body: `%2Fhalter%2Fname%2Fvorname=Eri${NUL}ka&aktion=weiter`,
  },
  { name: "status lookup with U+0000", who: "anonymous" as Who, path: "/status", body: `vorgang=HST-2026-000001&code=ABCD${NUL}EFGH` },
  { name: "resume code with U+0000", who: "anonymous" as Who, path: "/fortsetzen", body: `code=AB${NUL}CD` },
  { name: "clerk note with U+0000", who: "staff" as Who, path: "/verwaltung/vorgaenge/{case}", body: `intent=note&note=Notiz${NUL}` },
  { name: "editor title with U+0000", who: "editor" as Who, path: `${SERVICE_PAGE}/angebot`, body: `intent=title&title=Gewerbe${NUL}` },
  {
    name: "new account name with U+0000",
    who: "admin" as Who,
    path: "/verwaltung/konten",
    body: `intent=create-account&username=neu${NUL}&displayName=x&password=xxxxxxxxxxxx`,
  },
  {
    name: "draft text with U+0000",
    who: "editor" as Who,
    path: "/redaktion/neu",
    body: `intent=check&definition=%7B%22id%22%3A%22a${NUL}%22%7D`,
  },
  {
    name: "draft text with an escaped U+0000",
    who: "editor" as Who,
    path: "/redaktion/neu",
    body: `intent=save&definition=${encodeURIComponent('{"id":"x\\u0000"}')}`,
  },
  {
    name: "draft text with an escaped lone surrogate",
    who: "editor" as Who,
    path: `${SERVICE_PAGE}/entwurf`,
    body: `intent=save&definition=${encodeURIComponent('{"title":"\\ud800"}')}`,
  },
  {
    name: "draft text nested 20,000 deep",
    who: "editor" as Who,
    path: "/redaktion/neu",
    body: `intent=check&definition=${"%5B".repeat(20_000)}`,
  },
  { name: "field name with U+0000", who: "anonymous" as Who, path: "/status", body: `vor${NUL}gang=1` },
].map(({ name, who, path, body }) => ({
  name: `POST ${path}: ${name}`,
  expect: "4xx" as const,
  request: (ctx: HostileContext) => ({
    method: "POST",
    path: path.replace("{case}", ctx.caseNumber),
    headers: { ...cookieOf(ctx, who), ...FORM_TYPE },
    body,
  }),
}));

const loginRows: HostileRow[] = [
  `username=sb${NUL}vgkoe&password=x`,
  `username=sb.vgkoe&password=x${NUL}`,
  "username=%ED%A0%80&password=x",
  `username=${"%5B".repeat(5000)}&password=x`,
].map((body, i) => ({
  // Each login row comes from its own address (if the portal trusts the header), or a 429 is fine.
  name: `POST /verwaltung/anmelden with hostile credentials #${i + 1}`,
  expect: "4xx" as const,
  request: () => ({
    method: "POST",
    path: "/verwaltung/anmelden",
    headers: { ...FORM_TYPE, "X-Forwarded-For": `198.51.100.${i + 10}` },
    body,
  }),
}));

/** A multipart body whose boundary is declared but whose parts are broken or hostile. */
function multipart(parts: string, boundary = "hostile"): { headers: Record<string, string>; body: string } {
  return { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body: parts };
}
// A part the multipart parser cannot read sends the citizen back to the step with a notice (302);
// anything it can read but the database cannot store is refused.
const uploadRows: HostileRow[] = [
  {
    name: "file name with U+0000 (unreadable part header)",
    expect: 302,
    ...multipart(
      '--hostile\r\nContent-Disposition: form-data; name="/haftpflicht/nachweis"; filename="a\u0000.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--hostile--\r\n',
    ),
  },
  {
    name: "file name with an encoded U+0000",
    expect: "4xx" as const,
    ...multipart(
      "--hostile\r\nContent-Disposition: form-data; name=\"/haftpflicht/nachweis\"; filename*=utf-8''a%00.pdf\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--hostile--\r\n",
    ),
  },
  {
    name: "field with U+0000",
    expect: "4xx" as const,
    ...multipart('--hostile\r\nContent-Disposition: form-data; name="/halter/name/vorname"\r\n\r\nEri\u0000ka\r\n--hostile--\r\n'),
  },
  {
    name: "field name with U+0000 (unreadable part header)",
    expect: 302,
    ...multipart('--hostile\r\nContent-Disposition: form-data; name="halter\u0000"\r\n\r\nx\r\n--hostile--\r\n'),
  },
  { name: "an empty quoted boundary", expect: 415, headers: { "Content-Type": 'multipart/form-data; boundary=""' }, body: "--\r\n" },
  {
    name: "parts that never end",
    expect: 302,
    ...multipart('--hostile\r\nContent-Disposition: form-data; name="/halter/name/vorname"\r\n\r\nEri'),
  },
].map(({ name, expect, headers, body }) => ({
  name: `upload to the wizard step: ${name}`,
  expect,
  request: (ctx: HostileContext) => ({
    method: "POST",
    path: `${WIZARD}/schritt/${body.includes("/haftpflicht/") ? "haftpflicht" : "halter"}`,
    headers: { ...cookieOf(ctx, "citizen"), ...headers },
    body,
  }),
}));

/** The JSON endpoints of the API, with the token each needs. */
const JSON_ENDPOINTS: Array<{ method: string; path: string; token: "none" | "cases" | "editor" }> = [
  { method: "POST", path: "/api/v1/submissions", token: "none" },
  { method: "POST", path: "/api/v1/cases/{case}/transitions", token: "cases" },
  { method: "POST", path: "/api/v1/services", token: "editor" },
  { method: "PUT", path: "/api/v1/services/gewerbeanmeldung/offering", token: "editor" },
];
const deepArrays = "[".repeat(50_000) + "]".repeat(50_000);
const deepObjects = '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000);
const HOSTILE_JSON: Array<{ label: string; body: string; contentType?: string }> = [
  { label: "a lone surrogate", body: '{"service":"\\ud800","title":"\\ud800","to":"\\udc00","municipalities":["\\ud800"]}' },
  { label: "a lone surrogate as a key", body: '{"\\ud800":1}' },
  { label: "U+0000", body: '{"service":"hundesteuer-anmeldung","note":"a\\u0000","municipalities":["\\u0000"]}' },
  { label: "50,000 nested arrays", body: deepArrays },
  { label: "20,000 nested objects", body: deepObjects },
  { label: "malformed JSON", body: '{"service": ' },
  { label: "an empty body", body: "" },
  { label: "a JSON string", body: '"hello"' },
  { label: "form content type", body: "a=1", contentType: "application/x-www-form-urlencoded" },
  { label: "text/plain content type", body: "{}", contentType: "text/plain" },
  {
    label: "version 1e308",
    body: '{"service":"hundesteuer-anmeldung","version":1e308,"municipality":"16068042","data":{},"idempotencyKey":"hostile-0001","revision":1e308,"to":"in_bearbeitung"}',
  },
  {
    label: "version 2^53+1",
    body: '{"service":"hundesteuer-anmeldung","version":9007199254740993,"municipality":"16068042","data":{},"idempotencyKey":"hostile-0002","revision":9007199254740993,"to":"in_bearbeitung"}',
  },
  { label: "__proto__ keys", body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
];
const jsonRows: HostileRow[] = JSON_ENDPOINTS.flatMap((endpoint) =>
  HOSTILE_JSON.map(({ label, body, contentType }) => ({
    name: `${endpoint.method} ${endpoint.path} with ${label}`,
    expect: "4xx" as const,
    request: (ctx: HostileContext) => ({
      method: endpoint.method,
      path: endpoint.path.replace("{case}", ctx.caseNumber),
      headers: {
        "Content-Type": contentType ?? "application/json",
        ...(endpoint.token === "none" ? {} : { Authorization: `Bearer ${endpoint.token === "cases" ? ctx.casesToken : ctx.editorToken}` }),
      },
      body,
    }),
  })),
);

/** Every address family with a method it does not handle; each must answer 405 and name what it allows. */
export const ADDRESSES: Array<{ path: string; handles: string[] }> = [
  { path: "/", handles: ["GET"] },
  { path: "/healthz", handles: ["GET"] },
  { path: "/healthz/ready", handles: ["GET"] },
  { path: "/rastenberg", handles: ["GET"] },
  { path: WIZARD, handles: ["GET", "POST"] },
  { path: `${WIZARD}/schritt/halter`, handles: ["GET", "POST"] },
  { path: `${WIZARD}/bestaetigung`, handles: ["GET"] },
  { path: "/status", handles: ["GET", "POST"] },
  { path: "/fortsetzen", handles: ["GET", "POST"] },
  { path: "/verwaltung", handles: ["GET"] },
  { path: "/verwaltung/anmelden", handles: ["GET", "POST"] },
  { path: "/redaktion", handles: ["GET"] },
  { path: "/formulare/hundesteuer-anmeldung/1/definition.json", handles: ["GET"] },
  { path: "/api/v1/municipalities", handles: ["GET"] },
  { path: "/api/v1/municipalities/16068042", handles: ["GET"] },
  { path: "/api/v1/municipalities/16068042/services", handles: ["GET"] },
  { path: "/api/v1/services/hundesteuer-anmeldung", handles: ["GET"] },
  { path: "/api/v1/services/hundesteuer-anmeldung/offering", handles: ["GET", "PUT"] },
  { path: "/api/v1/services", handles: ["POST"] },
  { path: "/api/v1/services/gewerbeanmeldung/versions/2/publish", handles: ["POST"] },
  { path: "/api/v1/submissions", handles: ["POST"] },
  { path: "/api/v1/cases", handles: ["GET"] },
  { path: "/api/v1/cases/{case}", handles: ["GET"] },
  { path: "/api/v1/cases/{case}/transitions", handles: ["POST"] },
  { path: "/api/v1/cases/{case}/status", handles: ["GET"] },
  { path: "/api/v1/openapi.json", handles: ["GET"] },
  // Single-fetch data requests of the portal's own scripts: the same methods as the page.
  { path: "/fortsetzen.data", handles: ["GET", "POST"] },
  { path: "/_root.data", handles: ["GET"] },
  { path: `${WIZARD}/schritt/halter.data`, handles: ["GET", "POST"] },
];
const METHODS = ["TRACE", "QUERY", "PATCH", "DELETE", "PUT", "POST", "GET"];
const methodRows: HostileRow[] = ADDRESSES.flatMap(({ path, handles }) => [
  ...METHODS.filter((method) => !handles.includes(method)).map((method) => ({
    name: `${method} ${path}`,
    expect: 405,
    request: (ctx: HostileContext) => ({ method, path: path.replace("{case}", ctx.caseNumber) }),
  })),
  {
    name: `OPTIONS ${path}`,
    expect: 204,
    request: (ctx: HostileContext) => ({ method: "OPTIONS", path: path.replace("{case}", ctx.caseNumber) }),
  },
]);

const unknownAddressRows: HostileRow[] = ["/api/v1/nothing", "/api/v2/cases", "/a/b/c/d/e/f"].flatMap((path) =>
  ["PATCH", "DELETE", "TRACE"].map((method) => ({ name: `${method} unknown ${path}`, expect: 404, request: () => ({ method, path }) })),
);

const addressRows: HostileRow[] = [
  ["/formulare/hundesteuer-anmeldung/constructor/validator.js", 404],
  ["/formulare/hundesteuer-anmeldung/1e400/definition.json", 404],
  ["/formulare/hundesteuer-anmeldung/__proto__/definition.json", 404],
  ["/formulare/__proto__/1/validator.js", 404],
  ["/formulare/hundesteuer-anmeldung/9007199254740993/definition.json", 404],
  ["/formulare/hundesteuer-anmeldung/-1/validator.js", 404],
  ["/%E0%A4%A", 400],
  ["/api/v1/municipalities/%E0%A4%A", 400],
  ["/verwaltung/vorgaenge/%ZZ", 400],
  ["/rastenberg%00", 400],
  ["/api/v1/services/%00", 400],
  ["/verwaltung?q=%00", 400],
  ["/api/v1/municipalities?q=a%00b", 400],
  ["/status?vorgang=%00", 400],
  ["/?_data=routes%2Fnothing", 400],
  ["/rastenberg?_data=root%00", 400],
  ["/fortsetzen?_data=routes%2Ffortsetzen", 400],
  ["/api/v1/municipalities?q=" + "x".repeat(5000), 400],
  ["/api/v1/services/hundesteuer-anmeldung?version=1e308", "4xx"],
  ["/api/v1/services/hundesteuer-anmeldung?version=9007199254740993", "4xx"],
  ["/api/v1/services/HUNDESTEUER", 404],
  ["/api/v1/municipalities/1606804%3F", 400],
  ["/api/v1/cases/%00/status", 400],
  ["/api/v1/cases/X/receipt", "4xx"],
].map(([path, expect]) => ({
  name: `GET ${String(path).slice(0, 80)}`,
  expect: expect as number | "4xx",
  request: () => ({ method: "GET", path: String(path) }),
}));

const queryRows: HostileRow[] = [
  "/api/v1/cases?q=%00",
  "/api/v1/cases?limit=1e308",
  "/api/v1/cases?limit=9007199254740993",
  "/api/v1/cases?cursor=%E0%A4",
  "/api/v1/cases?cursor=" + "A".repeat(4000),
  "/api/v1/cases?from=2026-13-45",
  "/api/v1/cases?status=%F0%9F%92%A9",
].map((path) => ({
  name: `GET ${path.slice(0, 80)} with the clerk token`,
  expect: "4xx" as const,
  request: (ctx: HostileContext) => ({ method: "GET", path, headers: { Authorization: `Bearer ${ctx.casesToken}` } }),
}));

const headerRows: HostileRow[] = (
  [
    { name: "Host with a space", headers: { Host: "a b" }, path: "/" },
    { name: "Host with a path", headers: { Host: "example.org/evil" }, path: "/api/v1/municipalities" },
    { name: "Host with a bad port", headers: { Host: "localhost:99999999" }, path: "/status" },
    { name: "Host with user info", headers: { Host: "user@localhost" }, path: "/" },
    { name: "bearer token of garbage", headers: { Authorization: "Bearer \u00ff\u00fe" }, path: "/api/v1/cases" },
    { name: "basic auth instead of a bearer token", headers: { Authorization: "Basic YTpi" }, path: "/api/v1/cases" },
    { name: "bearer token 10,000 long", headers: { Authorization: `Bearer ${"a".repeat(10_000)}` }, path: "/api/v1/cases" },
    { name: "access code of garbage", headers: { "X-Access-Code": "\u00ff".repeat(50) }, path: "/api/v1/cases/{case}/status" },
    { name: "access code 10,000 long", headers: { "X-Access-Code": "A".repeat(10_000) }, path: "/api/v1/cases/{case}/receipt" },
    { name: "staff cookie of garbage", headers: { Cookie: "bp_staff=%00%ZZ\u00ff" }, path: "/verwaltung/konten", expect: "4xx-or-login" },
    {
      name: "Content-Length beyond the limit",
      headers: { "Content-Length": "99999999999", ...JSON_TYPE },
      path: "/api/v1/submissions",
      method: "POST",
    },
    { name: "cross-site form post", headers: { Origin: "https://evil.example", ...FORM_TYPE }, path: "/status", method: "POST" },
  ] as Array<{ name: string; headers: Record<string, string>; path: string; method?: string; expect?: string }>
).map((row) => ({
  name: `header: ${row.name}`,
  // A garbage session cookie is no session: the staff pages send to the login page (documented 302).
  expect: row.expect === "4xx-or-login" ? 302 : ("4xx" as const),
  request: (ctx: HostileContext) => ({
    method: row.method ?? "GET",
    path: row.path.replace("{case}", ctx.caseNumber),
    headers: row.headers,
  }),
}));

const rawRows: HostileRow[] = [
  { name: "a method Node does not know", raw: "FOO / HTTP/1.1\r\nHost: localhost\r\n\r\n" },
  { name: "a header line without colon", raw: "GET / HTTP/1.1\r\nHost: localhost\r\nBroken header\r\n\r\n" },
  { name: "a request line with spaces in the path", raw: "GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n" },
  { name: "a NUL in a header value", raw: "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\u0000b\r\n\r\n" },
].map(({ name, raw }) => ({ name: `raw: ${name}`, expect: 400, request: () => ({ method: "GET", path: "/", raw }) }));

export const HOSTILE_ROWS: HostileRow[] = [
  ...formRows,
  ...nulFormRows,
  ...loginRows,
  ...uploadRows,
  ...jsonRows,
  ...methodRows,
  ...unknownAddressRows,
  ...addressRows,
  ...queryRows,
  ...headerRows,
  ...rawRows,
];
