// A real SAML identity provider for the tests: SimpleSAMLphp from Debian's package, served by
// PHP's built-in web server on a free port with a generated configuration. It signs assertions and
// encrypts them for the portal, and knows two BundID-like people (trust levels substantiell and
// hoch). Keys are made with openssl for each run. Plain JavaScript: tests/e2e/serve.mjs uses it too.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";

export const SIMPLESAMLPHP_WWW = "/usr/share/simplesamlphp/www";

/** The test people: username → password and attributes by their BundID URNs. */
export const TEST_PEOPLE = {
  erika: {
    password: "erika-pass",
    attributes: {
      "urn:oid:1.3.6.1.4.1.25484.494450.3": "bPK2-ERIKA-0001",
      "urn:oid:2.5.4.42": "Erika",
      "urn:oid:2.5.4.4": "Mustermann",
      "urn:oid:1.2.40.0.10.2.1.1.55": "1964-08-12",
      "urn:oid:0.9.2342.19200300.100.1.3": "erika@example.org",
      "urn:oid:2.5.4.16": "Heidestraße 17",
      "urn:oid:2.5.4.17": "99610",
      "urn:oid:2.5.4.7": "Sömmerda",
      "urn:oid:1.2.40.0.10.2.1.1.225599": "DE",
      "urn:oid:1.2.40.0.10.2.1.1.261.94": "STORK-QAA-Level-3",
    },
  },
  max: {
    password: "max-pass",
    attributes: {
      "urn:oid:1.3.6.1.4.1.25484.494450.3": "bPK2-MAX-0002",
      "urn:oid:2.5.4.42": "Max",
      "urn:oid:2.5.4.4": "Mustermann",
      "urn:oid:1.2.40.0.10.2.1.1.55": "1970-01-31",
      "urn:oid:1.2.40.0.10.2.1.1.261.94": "STORK-QAA-Level-4",
    },
  },
};

export function simpleSamlPhpAvailable() {
  if (!existsSync(SIMPLESAMLPHP_WWW)) return false;
  try {
    execFileSync("php", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function keyPair(dir, name, subject) {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.crt`);
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "2", "-subj", `/CN=${subject}`, "-keyout", key, "-out", cert],
    {
      stdio: "ignore",
    },
  );
  return { key, cert, certBody: readFileSync(cert, "utf8").replace(/-----[A-Z ]+-----|\s/g, "") };
}

const php = (value) => `'${String(value).replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const phpList = (values) => `[${values.map(php).join(", ")}]`;

/**
 * Prepares keys, the IdP's configuration and the portal's view of it (IdP metadata file, SP key and
 * certificate), without starting anything. `portalUrl` is the portal's PUBLIC_URL.
 */
export async function prepareTestIdp(portalUrl, options = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "bp-saml-idp-"));
  mkdirSync(join(dir, "config"), { recursive: true });
  mkdirSync(join(dir, "metadata"), { recursive: true });
  mkdirSync(join(dir, "tmp"), { recursive: true });
  const port = options.port ?? (await freePort());
  const idpUrl = `http://127.0.0.1:${port}`;
  const idpEntityId = `${idpUrl}/saml2/idp/metadata.php`;
  const idp = keyPair(dir, "idp", "Test-BundID IdP");
  const sp = keyPair(dir, "sp", "Buergerportal SP");
  const spEntityId = `${portalUrl}/anmelden/bundid/metadata.xml`;
  const acsUrl = `${portalUrl}/anmelden/bundid/acs`;

  writeFileSync(
    join(dir, "config", "config.php"),
    `<?php
$config = [
  'baseurlpath' => ${php(`${idpUrl}/`)},
  'certdir' => ${php(dir)},
  'loggingdir' => ${php(join(dir, "tmp"))},
  'datadir' => ${php(join(dir, "tmp"))},
  'tempdir' => ${php(join(dir, "tmp"))},
  'metadatadir' => ${php(join(dir, "metadata"))},
  'metadata.sources' => [['type' => 'flatfile', 'directory' => ${php(join(dir, "metadata"))}]],
  'secretsalt' => 'test-salt-0123456789abcdef',
  'auth.adminpassword' => 'not-used-admin-password',
  'admin.protectindexpage' => true,
  'admin.protectmetadata' => false,
  'technicalcontact_name' => 'Test',
  'technicalcontact_email' => 'test@example.org',
  'timezone' => 'Europe/Berlin',
  'logging.level' => SimpleSAML\\Logger::WARNING,
  'logging.handler' => 'errorlog',
  'enable.saml20-idp' => true,
  'module.enable' => ['exampleauth' => true, 'core' => true, 'saml' => true],
  'store.type' => 'phpsession',
  'session.phpsession.cookiename' => 'TestIdpSession',
  'session.cookie.secure' => false,
  'language.available' => ['de', 'en'],
  'language.default' => 'de',
  'theme.use' => 'default',
  'production' => false,
];
`,
  );
  const people = Object.entries(TEST_PEOPLE)
    .map(
      ([name, person]) =>
        `  ${php(`${name}:${person.password}`)} => [${Object.entries(person.attributes)
          .map(([urn, value]) => `${php(urn)} => ${phpList([value])}`)
          .join(", ")}],`,
    )
    .join("\n");
  writeFileSync(
    join(dir, "config", "authsources.php"),
    `<?php\n$config = [\n 'bundid-test' => ['exampleauth:UserPass',\n${people}\n ],\n];\n`,
  );
  writeFileSync(
    join(dir, "metadata", "saml20-idp-hosted.php"),
    `<?php
$metadata['__DYNAMIC:1__'] = [
  'host' => '__DEFAULT__',
  'privatekey' => ${php(idp.key)},
  'certificate' => ${php(idp.cert)},
  'auth' => 'bundid-test',
  'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
  'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
];
`,
  );
  writeFileSync(
    join(dir, "metadata", "saml20-sp-remote.php"),
    `<?php
$metadata[${php(spEntityId)}] = [
  'AssertionConsumerService' => [['Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', 'Location' => ${php(acsUrl)}]],
  'certificate' => ${php(sp.cert)},
  'validate.authnrequest' => true,
  'assertion.encryption' => true,
  'saml20.sign.assertion' => true,
  'saml20.sign.response' => true,
  'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
  'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
];
`,
  );
  const metadataFile = join(dir, "idp-metadata.xml");
  writeFileSync(
    metadataFile,
    `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${idpEntityId}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${idp.certBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${idp.certBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${idpUrl}/saml2/idp/SSOService.php"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`,
  );
  return {
    dir,
    port,
    idpUrl,
    idpEntityId,
    idpKeyFile: idp.key,
    idpCertFile: idp.cert,
    spEntityId,
    acsUrl,
    portalEnv: { BUNDID_IDP_METADATA: metadataFile, BUNDID_SP_KEY: sp.key, BUNDID_SP_CERT: sp.cert },
  };
}

/** Removes the keys and configuration of a prepared IdP (after its server stopped). */
export function removeTestIdp(prepared) {
  rmSync(prepared.dir, { recursive: true, force: true });
}

/** Starts PHP's web server on the prepared IdP and waits until it answers (bounded: 10 s). */
export async function startTestIdp(prepared) {
  const child = spawn("php", ["-S", `127.0.0.1:${prepared.port}`, "-t", SIMPLESAMLPHP_WWW], {
    env: { ...process.env, SIMPLESAMLPHP_CONFIG_DIR: join(prepared.dir, "config") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`SimpleSAMLphp exited early:\n${output}`);
    try {
      const response = await fetch(`${prepared.idpUrl}/saml2/idp/metadata.php`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`SimpleSAMLphp did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    ...prepared,
    output: () => output,
    /** For exit handlers, which cannot wait. */
    kill: () => child.kill("SIGTERM"),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
