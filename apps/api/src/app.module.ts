import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthModule } from './modules/health/health.module.js';
import { RolesModule } from './modules/roles/roles.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BOOTSTRAP_OPTIONS, type BootstrapOptions } from './modules/users/bootstrap-users.js';
import { UsersModule } from './modules/users/users.module.js';
import { CandidatesModule } from './modules/candidates/candidates.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { InterviewsModule } from './modules/interviews/interviews.module.js';
import { OpeningsModule } from './modules/openings/openings.module.js';
import { SchedulingModule } from './modules/scheduling/scheduling.module.js';
import { ScorecardsModule } from './modules/scorecards/scorecards.module.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { Lifecycle, RUNTIME_INFO } from './runtime-info.js';

export interface AppModuleOptions {
  databaseUrl: string;
  embeddedDatabase: boolean;
  bootstrap?: BootstrapOptions;
  logLevel: string;
  prettyLogs: boolean;
  /** Shared with `main.ts`, which starts draining on a stop signal; a fresh one when absent. */
  lifecycle?: Lifecycle;
}


@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.logLevel,
            // Fastify assigns the id (see app.factory.ts); pino-http reuses req.id.
            customProps: () => ({ service: 'loopboard-api' }),
            redact: ['req.headers.cookie', 'req.headers.authorization'],
            transport: options.prettyLogs ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl), migrationsRun: true }),
        AuditModule,
        AuthModule,
        UsersModule,
        HealthModule,
        RolesModule,
        CandidatesModule,
        ImportsModule,
        InterviewsModule,
        OpeningsModule,
        SchedulingModule,
        ScorecardsModule,
        AnalyticsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: RUNTIME_INFO, useValue: { embeddedDatabase: options.embeddedDatabase, lifecycle: options.lifecycle ?? new Lifecycle() } },
        { provide: BOOTSTRAP_OPTIONS, useValue: options.bootstrap ?? { demoUsers: false } },
      ],
      exports: [RUNTIME_INFO, BOOTSTRAP_OPTIONS],
      global: true,
    };
  }
}
