import { createServer, connect, type Server, type Socket } from "node:net";

/**
 * A TCP proxy that can be cut and restored, to take a real database "down" under a running server.
 * hold() stops passing the client's bytes on: queries sent after it wait, so a request is still in
 * flight when cut() drops the link.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  let held = false;

  const listen = () =>
    new Promise<void>((resolve) => {
      held = false;
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        clients.add(client);
        client.on("close", () => clients.delete(client));
        client.on("data", (chunk) => {
          if (!held) upstream.write(chunk);
        });
        upstream.pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server!.address();
        if (address && typeof address === "object") port = address.port;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return port;
    },
    hold() {
      held = true;
    },
    async cut() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = null;
    },
    restore: listen,
    close: async function () {
      await this.cut();
    },
  };
}

export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>;

/** A proxy in front of the PostgreSQL server a database URL names, and that URL through it. */
export async function proxiedDatabaseUrl(databaseUrl: string): Promise<{ proxy: TcpProxy; url: string }> {
  const url = new URL(databaseUrl);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  return { proxy, url: url.toString() };
}
