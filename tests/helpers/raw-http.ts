import http from 'node:http';

export interface RawReply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * A raw request, as any local process could send it: node's http client sends the path exactly as
 * written (no dot-segment folding) and whatever headers we choose (Origin, Host, Cookie).
 */
export function rawRequest(origin: string, rawPath: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawReply> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
