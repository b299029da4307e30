import { signal } from '@preact/signals';

/** Which injects this browser has opened, per exercise and team, kept in localStorage. */
export class ReadState {
  readonly ids = signal<ReadonlySet<string>>(new Set());
  private readonly key: string;

  constructor(exerciseId: string, team: string | null) {
    this.key = `exerciseserver.read.${exerciseId}.${team ?? '-'}`;
    try {
      const stored = JSON.parse(localStorage.getItem(this.key) ?? '[]');
      if (Array.isArray(stored)) this.ids.value = new Set(stored.filter((x): x is string => typeof x === 'string'));
    } catch {
      // unreadable storage: start empty
    }
  }

  isRead(id: string): boolean {
    return this.ids.value.has(id);
  }

  markRead(id: string): void {
    if (this.ids.value.has(id)) return;
    const next = new Set(this.ids.value);
    next.add(id);
    this.ids.value = next;
    try {
      localStorage.setItem(this.key, JSON.stringify([...next]));
    } catch {
      // storage full or disabled: the in-memory state still works
    }
  }
}
