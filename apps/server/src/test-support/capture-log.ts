import { format } from 'node:util';
import { vi } from 'vitest';

/**
 * Everything the server writes meanwhile, as the lines would read: its log (JSON lines through
 * process.stdout.write, common/log.ts) and anything written to the console. Restore with
 * vi.restoreAllMocks() (in afterEach).
 */
export function captureLog(): string[] {
  const logged: string[] = [];
  for (const method of ['error', 'warn', 'log', 'info'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(format(...args)));
  }
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
  return logged;
}

/** The JSON lines of the server's log among what `captureLog` caught, parsed (console output left out). */
export function logLines(logged: string[]): Record<string, unknown>[] {
  return logged
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
