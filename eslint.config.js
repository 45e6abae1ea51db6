// Lint holds the layers of the code base (docs/decisions/020-layers-and-lint.md):
// engine ← server ← routes/components, pure modules never reach *.server files,
// routes never reach the database, domain modules never speak HTTP (ADR 025), and no import cycles.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import prettier from "eslint-config-prettier";
import globals from "globals";

/** Upward imports each layer must never make; `from` paths are relative to the project. */
const layerZones = [
  {
    target: "./app/engine",
    from: ["./app/server", "./app/routes", "./app/components", "./db", "./server"],
    message: "The form engine is pure: it runs in the browser and the server and imports nothing above it.",
  },
  {
    target: "./app/lib",
    from: ["./app/server", "./app/routes", "./app/components", "./db"],
    message: "app/lib holds shared leaf modules; move what both sides need down instead of importing up.",
  },
  {
    target: "./db/seed",
    from: ["./app/server", "./app/routes", "./app/components"],
    message: "Seed data sits below the app; move what it needs into db/ or app/lib.",
  },
  {
    target: "./app/server",
    from: ["./app/routes", "./app/components"],
    message: "Domain modules never import pages; put the contract between server and page in app/lib.",
  },
  {
    target: "./app/components",
    from: ["./app/routes", "./db"],
    message: "Components receive data from routes; they never import routes or the database.",
  },
  {
    target: "./app/routes",
    from: ["./db"],
    message: "Routes stay thin: reach the database through a domain module in app/server.",
  },
];

/**
 * Domain modules: everything in app/server except the HTTP adapters — the JSON API (api/) and
 * `*.http.server.ts` files, which turn requests into domain calls and outcomes into answers
 * (docs/decisions/025-one-way-to-handle-a-request.md).
 */
const domainModules = ["app/server/**/*.{ts,tsx}"];
const httpAdapters = ["app/server/api/**", "app/server/**/*.http.server.ts"];
const NOT_HTTP =
  "Domain modules never speak HTTP: return an outcome (app/server/outcome.ts) and let a *.http.server.ts adapter or the route answer.";

/** Modules that end up in the browser bundle must not name server-only files. */
const browserModules = ["app/engine/**/*.{ts,tsx}", "app/lib/**/*.{ts,tsx}", "app/components/**/*.{ts,tsx}"];

export default tseslint.config(
  {
    ignores: ["build/**", "public/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "db/migrations/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Sanitizers name control, invisible and combining characters on purpose.
      "no-control-regex": "off",
      "no-misleading-character-class": "off",
    },
  },
  {
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "~/server/db.server",
              importNames: ["db", "databaseHandle", "useDatabaseHandle"],
              message: "Routes stay thin: reach the database through a domain module in app/server.",
            },
          ],
        },
      ],
    },
  },
  {
    // Type imports are erased before bundling: a loader's result type is the contract its page renders.
    files: browserModules,
    ignores: ["**/*.server.ts", "**/*.server.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/*.server", "**/*.server.ts"],
              allowTypeImports: true,
              message: "Browser modules must not import server-only (*.server.ts) code; import its types with `import type`.",
            },
          ],
        },
      ],
    },
  },
  {
    files: domainModules,
    ignores: httpAdapters,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@remix-run/*"], message: NOT_HTTP },
            { group: ["**/*.http.server", "**/*.http.server.ts", "**/api/responses.server"], message: NOT_HTTP },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Response']", message: NOT_HTTP },
        { selector: "CallExpression[callee.object.name='Response']", message: NOT_HTTP },
      ],
    },
  },
  { files: ["app/**/*.tsx"], ...react.configs.flat.recommended },
  { files: ["app/**/*.tsx"], ...react.configs.flat["jsx-runtime"] },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "detect" } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Scrollable tables and source views are focusable regions so keyboard users can scroll them.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["region"] }],
      // Custom components receive autoFocus to pass it to the one element that may take it.
      "jsx-a11y/no-autofocus": ["error", { ignoreNonDOM: true }],
    },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: {
      // Tests break payloads on purpose, field by field.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  prettier,
);
