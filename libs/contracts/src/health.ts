export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; latencyMs: number | null; embedded: boolean };
  uptimeSeconds: number;
}

/** Liveness: the process answers. It stays 200 while draining, so an orchestrator does not kill in-flight work. */
export interface LivenessResponse {
  status: 'alive';
  uptimeSeconds: number;
}

/** Readiness: send traffic here. 503 while the database does not answer or the process is shutting down. */
export interface ReadinessResponse {
  status: 'ready' | 'not_ready';
  database: 'up' | 'down';
  draining: boolean;
  /** Why it is not ready; empty when ready. */
  reasons: string[];
}
