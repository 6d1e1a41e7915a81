import fastifyStatic from '@fastify/static';
import { ErrorCode } from '@loopboard/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built dashboard at `/`: real files as they are, any other GET
 * outside /api gets index.html so client-side routes survive a reload.
 */
export async function serveWebApp(fastify: FastifyInstance, webDist: string): Promise<boolean> {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  await fastify.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    // Hashed assets never change; index.html must always be revalidated.
    // @fastify/static hands over Fastify's reply here, despite its typing.
    setHeaders: (res, path) => {
      void (res as unknown as FastifyReply).header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return reply.status(404).send({ code: ErrorCode.ROUTE_NOT_FOUND, message: 'No such API route', requestId: String(request.id) });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
