import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse, LivenessResponse, ReadinessResponse } from '@loopboard/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { RUNTIME_INFO, type RuntimeInfo } from '../../runtime-info.js';
import { Public } from '../auth/access.decorator.js';
import { LivenessDto, ReadinessDto } from './health.dto.js';

const DB_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_INFO) private readonly runtime: RuntimeInfo,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The API and its database answer' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const latencyMs = await this.databaseLatency();
    const up = latencyMs !== null;
    if (!up) reply.status(503);
    return {
      status: up ? 'ok' : 'degraded',
      database: { status: up ? 'up' : 'down', latencyMs, embedded: this.runtime.embeddedDatabase },
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers (no database check; stays 200 while shutting down)' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessResponse {
    return { status: 'alive', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness: the database answers and the process is not shutting down' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'Not ready: the reasons say why' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const draining = this.runtime.lifecycle.draining;
    const up = (await this.databaseLatency()) !== null;
    const reasons = [...(draining ? ['shutting down'] : []), ...(up ? [] : ['database does not answer'])];
    if (reasons.length > 0) reply.status(503);
    return { status: reasons.length ? 'not_ready' : 'ready', database: up ? 'up' : 'down', draining, reasons };
  }

  /** Round-trip of `SELECT 1` in ms, or null when the database does not answer within 2 s. */
  private async databaseLatency(): Promise<number | null> {
    const started = performance.now();
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DB_TIMEOUT_MS).unref()),
      ]);
      return Math.round((performance.now() - started) * 10) / 10;
    } catch {
      return null;
    }
  }
}
