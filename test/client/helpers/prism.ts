/**
 * Prism's mock server of a spec, started by a test on a free loopback port and stopped by it:
 * it answers from the spec and refuses (422) a request that does not match it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ROOT_DIR } from '../../helpers/paths.js';
import { closedPort } from './fault-server.js';

export interface PrismServer {
  baseUrl: string;
  /** What Prism printed: its validation errors name what it refused. */
  output(): string;
  stop(): Promise<void>;
}

export async function startPrism(specFile: string): Promise<PrismServer> {
  const port = await closedPort();
  let output = '';
  const prism = spawn(path.join(ROOT_DIR, 'node_modules/.bin/prism'), ['mock', specFile, '-h', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  prism.stdout!.on('data', (chunk) => (output += chunk));
  prism.stderr!.on('data', (chunk) => (output += chunk));
  const stop = async (): Promise<void> => {
    if (prism.exitCode !== null || prism.signalCode !== null) return;
    const exited = new Promise((resolve) => prism.once('exit', resolve));
    prism.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForPort(port, prism, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, output: () => output, stop };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited with ${child.exitCode}:\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`prism did not listen on ${port} within 90 s:\n${output()}`);
}
