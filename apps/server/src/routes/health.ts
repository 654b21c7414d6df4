import { z } from 'zod';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';

const Status = z.object({ status: z.string() });
const Ready = Status.extend({
  queue: z.object({ waiting: z.number().int(), active: z.number().int(), delayed: z.number().int(), failed: z.number().int() }).optional().describe('With --queue: its job counts.'),
});

export const healthRoute = defineRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'health',
  tag: 'operations',
  summary: 'Liveness: the process answers',
  infra: true,
  responses: { 200: { description: 'Alive.', schema: Status } },
  async handle() {
    return { body: { status: 'ok' } };
  },
});

export const readyRoute = defineRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'ready',
  tag: 'operations',
  summary: 'Readiness: the store answers and the server is not shutting down',
  infra: true,
  responses: {
    200: { description: 'Ready for traffic.', schema: Ready },
    503: { description: 'Draining for shutdown, or the store (or the queue, when configured) does not answer.' },
  },
  async handle({ deps }) {
    if (deps.state.draining) throw new HttpProblem('UNAVAILABLE', 'shutting down');
    try {
      await deps.store.stats();
    } catch (e) {
      deps.logger.warn({ err: e }, 'readiness: store check failed');
      throw new HttpProblem('STORE_ERROR', 'the corpus store does not answer');
    }
    if (!deps.queue) return { body: { status: 'ready' } };
    try {
      return { body: { status: 'ready', queue: await deps.queue.status() } };
    } catch (e) {
      deps.logger.warn({ err: e }, 'readiness: queue check failed');
      throw new HttpProblem('UNAVAILABLE', 'the queue does not answer');
    }
  },
});
