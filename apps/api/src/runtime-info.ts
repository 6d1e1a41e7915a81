/** Facts about how this process was started, injectable where they are reported. */
export const RUNTIME_INFO = Symbol('RUNTIME_INFO');

/**
 * Whether the process still takes new work. `main.ts` starts draining on SIGTERM/SIGINT: readiness
 * turns 503 at once, so a load balancer stops sending requests while those in flight finish.
 */
export class Lifecycle {
  private drainingSince: Date | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  startDraining(): void {
    this.drainingSince ??= new Date();
  }
}

export interface RuntimeInfo {
  embeddedDatabase: boolean;
  lifecycle: Lifecycle;
}
