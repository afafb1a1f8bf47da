/**
 * A `node:http` server on 127.0.0.1 and a free port, whose handler decides per request how to
 * fail. It records every request that reached it (method, path, headers, body), which is how
 * the tests count how many times a create was sent.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body's bytes as they arrived (a compressed body is not UTF-8). */
  raw: Buffer;
  /** performance.now() when the request's body had arrived. */
  at: number;
}

/** Called once the request's body has arrived; `index` counts from 0. */
export type FaultHandler = (request: RecordedRequest, response: http.ServerResponse, index: number, socket: net.Socket) => void;

export interface FaultServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFaultServer(handler: FaultHandler): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: raw.toString('utf8'),
        raw,
        at: performance.now(),
      };
      requests.push(recorded);
      handler(recorded, res, requests.length - 1, req.socket);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound, then closed. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The API's own 503 body (the spec's Error, as FeathersJS sends it): a create answered 503 with
 * it was not done and may be retried; a 503 with any other body may be a gateway's.
 */
export function unavailableBody(message: string): { name: string; message: string; code: number; className: string } {
  return { name: 'Unavailable', message, code: 503, className: 'unavailable' };
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}
