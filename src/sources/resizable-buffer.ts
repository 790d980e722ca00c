/**
 * ES2024's resizable ArrayBuffer (in Node 20, not yet in the TypeScript lib the project
 * uses), for arrays that must grow without a second copy. What V8 (Node 20) does with
 * one, measured: it reserves `maxByteLength` of address space (no memory), growing
 * commits pages that take memory once written, and shrinking gives the pages past the
 * new length back to the system at once (resident memory drops; the reservation stays
 * until the buffer is collected). V8 accepts at most 4 GiB of reservation, and creating
 * one costs tens of microseconds, so small, short-lived arrays are better left plain.
 */
export interface ResizableBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
  readonly maxByteLength: number;
}

type ResizableBufferConstructor = new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

/** An empty buffer that can grow in place up to `maxBytes` (at most 2^32). */
export function reserveBuffer(maxBytes: number): ResizableBuffer {
  return new (ArrayBuffer as unknown as ResizableBufferConstructor)(0, { maxByteLength: maxBytes });
}
