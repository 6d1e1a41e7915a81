import { Module, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ErrorCode } from '@loopboard/contracts';
import { DomainError } from '../../common/errors/domain-error.js';
import { ImportsController } from './imports.controller.js';
import { ImportProgressRegistry } from './import-progress.registry.js';
import { ImportUseCase } from './import.usecase.js';

type RequestHook = (
  request: { headers: Record<string, string | string[] | undefined> },
  reply: unknown,
  done: (error?: Error) => void,
) => void;

interface RouteOptions {
  config?: unknown;
  bodyLimit?: number;
  onRequest?: RequestHook | RequestHook[];
}

/** The part of Fastify used here; there is no HTTP adapter in a CLI application context. */
interface RouteHooks {
  addHook(name: 'onRoute', hook: (route: RouteOptions) => void): unknown;
}

const MB = 1024 * 1024;

@Module({
  controllers: [ImportsController],
  // One registry per process: progress of a running commit lives in memory (see ImportProgressRegistry).
  providers: [ImportUseCase, { provide: ImportProgressRegistry, useFactory: () => new ImportProgressRegistry() }],
  exports: [ImportUseCase],
})
export class ImportsModule {
  constructor(@Optional() adapterHost?: HttpAdapterHost) {
    // Fastify takes a body limit per route, not through route config: routes that declare
    // `@RouteConfig({ bodyLimit })` (the import upload) get theirs before they are registered,
    // and a declared oversize upload is refused before it is read, saying what the limit is.
    const fastify = adapterHost?.httpAdapter?.getInstance?.() as RouteHooks | undefined;
    fastify?.addHook('onRoute', (route) => {
      const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
      if (typeof limit !== 'number') return;
      route.bodyLimit = limit;
      const refuseOversize: RequestHook = (request, _reply, done) => {
        const length = Number(request.headers['content-length']);
        if (length > limit) {
          done(
            new DomainError(
              ErrorCode.PAYLOAD_TOO_LARGE,
              `Import files are limited to ${limit / MB} MB; this upload is ${(length / MB).toFixed(1)} MB. Split the file and import the parts`,
            ),
          );
        } else {
          done();
        }
      };
      route.onRequest = [...(route.onRequest ? [route.onRequest].flat() : []), refuseOversize];
    });
  }
}
