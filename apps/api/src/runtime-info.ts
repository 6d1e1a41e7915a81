/** Facts about how this process was started, injectable where they are reported. */
export const RUNTIME_INFO = Symbol('RUNTIME_INFO');

export interface RuntimeInfo {
  embeddedDatabase: boolean;
}
