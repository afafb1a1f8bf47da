/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * The text of the client's errors and warnings: an error's message names the operation, says
 * what happened and ends with what the server can have done; bodies and issues are quoted
 * short, with the token scrubbed.
 */
import type { OperationDefinition } from './definitions.js';
import type { RequestOutcome, ValidationIssue } from './errors.js';
import { scrubText } from './redact.js';

const MAX_ISSUES_IN_MESSAGE = 10;
const MAX_BODY_IN_MESSAGE = 200;

/** How messages name an operation: `createCampaign (POST /v2/admin/call-campaigns)`. */
export function label(operation: OperationDefinition): string {
  return `${operation.operationId} (${operation.method} ${operation.path})`;
}

/**
 * An error's message: what happened, the attempts made (`exhausted`: the retries ran out), why
 * it was not sent again when it could have been (`notRetried`), and what the server can have done.
 */
export function compose(operation: OperationDefinition, head: string, outcome: RequestOutcome, attempts: number, exhausted: boolean, notRetried?: string): string {
  const parts = [head.endsWith('.') ? head : `${head}.`];
  if (notRetried !== undefined) parts.push(notRetried);
  else if (exhausted) parts.push(`Gave up after ${plural(attempts, 'attempt')}.`);
  else if (attempts > 1) parts.push(`This was attempt ${attempts}.`);
  const { messages } = operation;
  parts.push(outcome === 'unknown' ? messages.unknown : outcome === 'succeeded' ? messages.done : messages.notDone);
  return parts.join(' ');
}

/** `: <the server's message>` for the error's message, from a JSON error body or its text. */
export function describeErrorBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return ': the body is empty';
  if (typeof body === 'string') {
    if (/^\s*</.test(body) && /<html|<!doctype|<body|<head/i.test(body.slice(0, 1024))) {
      return ': the body is an HTML page, probably from a proxy or gateway';
    }
    return `: ${truncate(body.replace(/\s+/g, ' ').trim())}`;
  }
  if (typeof body === 'object') {
    const message = (body as { message?: unknown }).message ?? (body as { error?: unknown }).error ?? (body as { detail?: unknown }).detail;
    if (typeof message === 'string' && message) return `: ${truncate(message.replace(/\s+/g, ' '))}`;
  }
  return '';
}

/** The issue of a body that is not JSON: `received` says what came instead, `reason` why it does not parse. */
export function jsonIssue(received: string, reason?: string): ValidationIssue {
  return { path: '', keyword: 'json', message: `must be a JSON document${reason === undefined ? '' : ` (${reason})`}, received ${received}`, schemaPath: '', severity: 'error' };
}

/** A body that is not JSON, as an issue's `received`: quoted and cut short, or "an HTML page". */
export function describeText(text: string, secrets: string[]): string {
  const trimmed = text.trimStart();
  if (/^<(!doctype|html)/i.test(trimmed)) return 'an HTML page';
  return JSON.stringify(truncate(scrubText(trimmed.replace(/\s+/g, ' '), secrets)));
}

function truncate(text: string): string {
  return text.length > MAX_BODY_IN_MESSAGE ? `${text.slice(0, MAX_BODY_IN_MESSAGE)}… (${text.length} characters)` : text;
}

export function errorText(error: unknown, secrets: string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  return scrubText(message, secrets);
}

/** One line per issue (the first ten), each naming its path; `root` names the empty path. */
export function formatIssues(issues: ValidationIssue[], root = '(body)'): string {
  const lines = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `  ${issue.path || root}: ${issue.message}`);
  if (issues.length > MAX_ISSUES_IN_MESSAGE) lines.push(`  ... and ${issues.length - MAX_ISSUES_IN_MESSAGE} more (see \`issues\`)`);
  return lines.join('\n');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A value for a message: its type, and the value where it is short: `string "30"`, `an AbortController`. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'bigint') return `bigint ${value}n`;
  if (typeof value !== 'object') return typeof value === 'function' ? 'a function' : `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'an array';
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}` : 'an object';
}
