// Which handler each consumer group runs for each event type.
import type { EventHandler } from './domain-event';

export class HandlerRegistry {
  private readonly groups = new Map<string, Map<string, EventHandler>>();

  /** One handler per group and type: a group is the unit of retry, so it must not mix outcomes. */
  add(group: string, type: string, handler: EventHandler): void {
    if (group === '' || type === '') throw new Error('Event handlers need a non-empty group and type.');
    let types = this.groups.get(group);
    if (!types) {
      types = new Map();
      this.groups.set(group, types);
    }
    if (types.has(type)) throw new Error(`Group "${group}" already handles "${type}"; register one handler per type.`);
    types.set(type, handler);
  }

  get(group: string, type: string): EventHandler | undefined {
    return this.groups.get(group)?.get(type);
  }

  groupNames(): string[] {
    return [...this.groups.keys()];
  }
}
