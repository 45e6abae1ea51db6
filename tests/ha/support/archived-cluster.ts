/**
 * A PostgreSQL 15 cluster of its own in a temporary folder, archiving its WAL with pgBackRest into
 * a repository beside it: the production set-up of docs/operations/backup-restore.md in small.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asPostgres, PG_BIN, tryRun } from "./commands";

export const STANZA = "portal";

export type ArchivedCluster = {
  root: string;
  dataDir: string;
  config: string;
  port: number;
  url: string;
  backup(type: "full" | "diff" | "incr"): void;
  stop(): void;
  remove(): void;
};

export function createArchivedCluster(port: number): ArchivedCluster {
  const root = mkdtempSync(join(tmpdir(), "bp-pitr-"));
  const dataDir = join(root, "pg");
  const repo = join(root, "repo");
  for (const dir of [repo, join(root, "log"), join(root, "lock")]) mkdirSync(dir);
  tryRun("chown", ["-R", "postgres:postgres", root]);
  const config = join(root, "pgbackrest.conf");
  writeFileSync(
    config,
    [
      "[global]",
      `repo1-path=${repo}`,
      "repo1-retention-full=2",
      `log-path=${join(root, "log")}`,
      `lock-path=${join(root, "lock")}`,
      "start-fast=y",
      "archive-async=n",
      "compress-type=lz4",
      "",
      `[${STANZA}]`,
      `pg1-path=${dataDir}`,
      `pg1-port=${port}`,
      `pg1-socket-path=${root}`,
      "",
    ].join("\n"),
  );
  tryRun("chown", ["postgres:postgres", config]);

  asPostgres(`${PG_BIN}/initdb`, ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  writeFileSync(
    join(dataDir, "postgresql.auto.conf"),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      "wal_level = replica",
      "archive_mode = on",
      `archive_command = 'pgbackrest --config=${config} --stanza=${STANZA} archive-push %p'`,
      "max_wal_senders = 3",
      "",
    ].join("\n"),
  );
  tryRun("chown", ["postgres:postgres", join(dataDir, "postgresql.auto.conf")]);
  asPostgres(`${PG_BIN}/pg_ctl`, ["-D", dataDir, "-l", join(root, "postgres.log"), "-w", "start"]);
  asPostgres("pgbackrest", [`--config=${config}`, `--stanza=${STANZA}`, "--log-level-console=warn", "stanza-create"]);
  asPostgres("pgbackrest", [`--config=${config}`, `--stanza=${STANZA}`, "--log-level-console=warn", "check"]);

  return {
    root,
    dataDir,
    config,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    backup(type) {
      asPostgres("pgbackrest", [`--config=${config}`, `--stanza=${STANZA}`, "--log-level-console=warn", `--type=${type}`, "backup"]);
    },
    stop() {
      tryRun("runuser", ["-u", "postgres", "--", `${PG_BIN}/pg_ctl`, "-D", dataDir, "-m", "fast", "-w", "stop"]);
    },
    remove() {
      this.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
