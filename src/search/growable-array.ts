/**
 * An append-only Uint32Array that doubles its capacity as needed: building
 * token streams for large corpora in plain arrays would cost 2-4x the memory.
 */
export class GrowableUint32Array {
  private buffer = new Uint32Array(1024);
  private used = 0;

  get length(): number {
    return this.used;
  }

  push(value: number): void {
    if (this.used === this.buffer.length) {
      const bigger = new Uint32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.used] = value;
    this.used += 1;
  }

  /** A right-sized copy holding the values pushed so far. */
  toArray(): Uint32Array {
    return this.buffer.slice(0, this.used);
  }
}
