import type { IncomingMessage } from 'node:http';

export interface UploadedFile {
  readonly field: string;
  readonly name: string;
  readonly size: number;
}

export interface RequestBody {
  /** The JSON payload: the whole body, or the `payload_json` part of a multipart upload. */
  readonly json: unknown;
  readonly files: readonly UploadedFile[];
}

/**
 * Reads a REST request body the way Discord does: discord.js sends plain JSON,
 * except when it attaches files, then multipart/form-data with the JSON in a
 * `payload_json` part. Multipart parsing is left to the WHATWG Request that
 * Node ships rather than hand-rolled.
 */
export async function readRequestBody(request: IncomingMessage): Promise<RequestBody> {
  const raw = await readAll(request);
  const contentType = request.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  return { json: JSON.parse(raw.toString('utf8')), files: [] };
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<RequestBody> {
  const form = await new Request('http://multipart.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = JSON.parse(value);
    } else {
      files.push({ field, name: value.name, size: value.size });
    }
  }
  return { json, files };
}
