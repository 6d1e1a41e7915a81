export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; latencyMs: number | null; embedded: boolean };
  uptimeSeconds: number;
}
