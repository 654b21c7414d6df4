import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A route answering 50 MB of `fill`, streamed without a length (so the client's cap, not the end
 * of the body, must stop the read), honouring back-pressure.
 */
export function hugeBody(contentType: string, fill: string, chunkSize: number) {
  return (_q: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': contentType });
    const chunk = Buffer.alloc(chunkSize, fill);
    let sent = 0;
    const pump = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => {});
    pump();
  };
}
