// ABCI events as CometBFT returns them. Every attribute is indexed (SDK 0.50 default).

export interface EventAttribute {
  key: string;
  value: string;
  index: boolean;
}

export interface AbciEvent {
  type: string;
  attributes: EventAttribute[];
}

export type Attributes = Record<string, string> | [string, string][];

export function makeEvent(type: string, attrs: Attributes): AbciEvent {
  const pairs = Array.isArray(attrs) ? attrs : Object.entries(attrs);
  return { type, attributes: pairs.map(([key, value]) => ({ key, value, index: true })) };
}

export class EventManager {
  readonly events: AbciEvent[] = [];

  emit(type: string, attrs: Attributes): void {
    this.events.push(makeEvent(type, attrs));
  }

  push(...events: AbciEvent[]): void {
    this.events.push(...events);
  }
}
