type TypedArray = Uint32Array | Float32Array;

/**
 * An append-only typed array that doubles its capacity as needed: building
 * token streams and postings for large corpora in plain arrays would cost
 * several times the memory.
 */
class GrowableTypedArray<T extends TypedArray> {
  private buffer: T;
  private used = 0;

  constructor(private readonly create: (length: number) => T) {
    this.buffer = create(1024);
  }

  get length(): number {
    return this.used;
  }

  push(value: number): void {
    if (this.used === this.buffer.length) {
      const bigger = this.create(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.used] = value;
    this.used += 1;
  }

  at(index: number): number {
    return this.buffer[index] as number;
  }

  /** A right-sized copy holding the values pushed so far. */
  toArray(): T {
    return this.buffer.slice(0, this.used) as T;
  }
}

export class GrowableUint32Array extends GrowableTypedArray<Uint32Array> {
  constructor() {
    super((length) => new Uint32Array(length));
  }
}

export class GrowableFloat32Array extends GrowableTypedArray<Float32Array> {
  constructor() {
    super((length) => new Float32Array(length));
  }
}
