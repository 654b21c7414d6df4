import { defineRoute } from '../http/route.js';
import { docsHtml } from '../openapi/page.js';

/** The spec is built lazily, once, by the app: it describes the whole route table, these routes included. */
export function docsRoutes(spec: () => Record<string, unknown>) {
  let html: string | undefined;
  return [
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'openapi',
      tag: 'operations',
      summary: 'This API as an OpenAPI 3.1 document',
      infra: true,
      responses: { 200: { description: 'The OpenAPI document.' } },
      async handle() {
        return { body: spec() };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/docs',
      operationId: 'docs',
      tag: 'operations',
      summary: 'The OpenAPI document as a page (server-rendered, no JavaScript)',
      infra: true,
      responses: { 200: { description: 'HTML.', contentType: 'text/html' } },
      async handle({ res }) {
        res.type('html');
        html ??= docsHtml(spec());
        return { body: html };
      },
    }),
  ];
}
