import { ReadModelRebuilding } from '../shared/domain-errors';
import { growHeapSlowly } from './catch-up-heap';

/**
 * The log's head when a long catch-up (or a rebuild) began: a projection whose documents are written up to a position
 * short of it holds only part of the log, so its readers are told to come back rather than shown that part.
 */
export class CatchUpTarget {
  private head: number | undefined;

  constructor(private readonly positionOf: (projection: string) => number) {}

  get active(): boolean {
    return this.head !== undefined;
  }

  begin(head: number): void {
    this.head = head;
    growHeapSlowly(true);
  }

  reached(): void {
    if (this.head === undefined) return;
    this.head = undefined;
    growHeapSlowly(false);
  }

  isComplete(projection: string): boolean {
    return this.head === undefined || this.positionOf(projection) >= this.head;
  }

  assertComplete(projection: string): void {
    if (!this.isComplete(projection)) throw new ReadModelRebuilding(projection, this.positionOf(projection), this.head!);
  }

  progress(position: number): { position: number; target: number } | undefined {
    return this.head === undefined ? undefined : { position, target: this.head };
  }
}
