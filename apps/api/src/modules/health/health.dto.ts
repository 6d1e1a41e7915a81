import { ApiProperty } from '@nestjs/swagger';
import type { LivenessResponse, ReadinessResponse } from '@loopboard/contracts';

export class LivenessDto implements LivenessResponse {
  @ApiProperty({ enum: ['alive'] })
  status!: 'alive';

  @ApiProperty({ type: 'integer', minimum: 0 })
  uptimeSeconds!: number;
}

export class ReadinessDto implements ReadinessResponse {
  @ApiProperty({ enum: ['ready', 'not_ready'] })
  status!: 'ready' | 'not_ready';

  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';

  @ApiProperty({ description: 'True once a stop signal has arrived' })
  draining!: boolean;

  @ApiProperty({ type: [String], example: ['shutting down'] })
  reasons!: string[];
}
