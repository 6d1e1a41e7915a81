import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { createValidationPipe } from './common/errors/validation.js';
import { serveWebApp } from './common/http/web-app.js';
import { Lifecycle } from './runtime-info.js';

export interface CreateAppOptions extends AppModuleOptions {
  /** Built dashboard to serve at `/`, if present. */
  webDist?: string;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

// The dashboard loads only its own files; recharts sets inline styles; Swagger UI uses data: images.
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Honour a caller's X-Request-Id when it is sane, else mint one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Answers any operation can give before its handler runs, documented once here (the API fuzzer found them
 * undocumented on most operations): 400 when a path or query parameter or the body fails validation or the body
 * is not JSON, 413 for a body too large, 415 for one that is not application/json.
 */
function documentCommonErrors(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const takesBody = method !== 'get';
      if (takesBody || op.parameters?.length) {
        op.responses['400'] ??= {
          description: `VALIDATION_FAILED naming the field${takesBody ? '; MALFORMED_BODY when the body is not JSON' : ''}`,
        };
      }
      if (takesBody) {
        op.responses['413'] ??= { description: 'PAYLOAD_TOO_LARGE' };
        op.responses['415'] ??= { description: 'UNSUPPORTED_MEDIA_TYPE: send application/json' };
      }
    }
  }
}

/** Builds the whole HTTP app (not yet listening); `main.ts` and the API tests both start here. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  // maxParamLength: Fastify's default (100) answered a longer path parameter with its own 414 body, before
  // authentication; no route has a regex parameter, so let it through to the guard and the DTO's validation.
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    genReqId: requestId,
    routerOptions: { maxParamLength: 16_384 },
  });
  // Every answer, errors included, carries the id its log lines have.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // While shutting down, every response (in flight ones included) closes its connection, so an idle
  // keep-alive socket does not hold the server open after its last request.
  const lifecycle = options.lifecycle ?? new Lifecycle();
  adapter.getInstance().addHook('onSend', (_request, reply, payload, done) => {
    if (lifecycle.draining) void reply.header('connection', 'close');
    done(null, payload);
  });
  // The API speaks JSON only: anything else is a 415, not a string body that fails validation.
  adapter.getInstance().removeContentTypeParser('text/plain');
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ ...options, lifecycle }), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Loopboard API')
      .setDescription('Hiring and interview pipeline tracker for ML teams. Errors are `{ code, message, fields?, requestId }`.')
      .setVersion('0.1.0')
      .addCookieAuth('lb_session', { type: 'apiKey', in: 'cookie', name: 'lb_session' }, 'session')
      .build(),
  );
  documentCommonErrors(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml' });

  if (options.webDist) await serveWebApp(app.getHttpAdapter().getInstance(), options.webDist);
  return app;
}
