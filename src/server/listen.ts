// Starts the server on a host and port and says where, in one line.
import type { FastifyInstance } from "fastify";

export async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  try {
    await app.listen({ host, port });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "EADDRINUSE")
      throw new Error(`port ${port} on ${host} is in use; choose another with --port`);
    if (code === "EADDRNOTAVAIL") throw new Error(`cannot bind to ${host}: no such address on this machine`);
    throw err;
  }
  const address = app.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  const shown = host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${bound}/`;
}
