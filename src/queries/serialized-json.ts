import etag from 'etag';
import type { Response } from 'express';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The UTF-8 bytes of a JSON body as Express's `res.json` would send them. */
export const jsonBytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

/**
 * Express's default ETag for a body (weak, from the same `etag` package), worked out once for a body that is sent
 * many times: clients' validators stay what they were, and If-None-Match still gets a 304.
 */
export const weakEtagOf = (body: Buffer): string => etag(body, { weak: true });

/**
 * Sends bytes serialised earlier. Express checks freshness against an ETag header set before, and computes no
 * ETag of its own when there is one; the bytes are neither converted nor copied.
 */
export function sendJsonBytes(response: Response, body: Buffer, etag: string): void {
  response.setHeader('ETag', etag);
  response.setHeader('Content-Type', JSON_CONTENT_TYPE);
  response.send(body);
}
