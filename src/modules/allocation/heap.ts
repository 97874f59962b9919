// A binary min-heap of numbers keyed by a second number: the allocator's lazy queues (stale entries
// are skipped by the caller, so there is no decrease-key).
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, item: number): void {
    const { keys, items } = this;
    let i = keys.length;
    keys.push(key);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      items[i] = items[parent];
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  topKey(): number {
    return this.keys[0];
  }

  topItem(): number {
    return this.items[0];
  }

  pop(): void {
    const { keys, items } = this;
    const lastKey = keys.pop()!;
    const lastItem = items.pop()!;
    const n = keys.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const child = left + 1 < n && keys[left + 1] < keys[left] ? left + 1 : left;
      if (keys[child] >= lastKey) break;
      keys[i] = keys[child];
      items[i] = items[child];
      i = child;
    }
    keys[i] = lastKey;
    items[i] = lastItem;
  }
}
