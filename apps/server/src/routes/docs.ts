import { defineRoute } from '../http/route.js';
import { docsHtml, docsJs } from '../openapi/page.js';

/** The spec is built lazily, once, by the app: it describes the whole route table, these routes included. */
export function docsRoutes(spec: () => Record<string, unknown>) {
  const html = docsHtml();
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
      summary: 'A page rendering the OpenAPI document',
      infra: true,
      responses: { 200: { description: 'HTML.', contentType: 'text/html' } },
      async handle({ res }) {
        res.type('html');
        return { body: html };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/docs/docs.js',
      operationId: 'docsScript',
      tag: 'operations',
      summary: 'Script of the docs page',
      infra: true,
      responses: { 200: { description: 'JavaScript.', contentType: 'text/javascript' } },
      async handle({ res }) {
        res.type('text/javascript');
        return { body: docsJs };
      },
    }),
  ];
}
