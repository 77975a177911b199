export const PROJECTION_BARRIER = Symbol('PROJECTION_BARRIER');

/** Lets a write wait until the read models include it, so a GET after a 201 sees the change. */
export interface ProjectionBarrier {
  waitUntilProjected(position: number): Promise<void>;
}
