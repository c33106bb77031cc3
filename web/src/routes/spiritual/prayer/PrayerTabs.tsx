// The journal's tabs (mine, community, partners) as an ARIA tab list: arrow keys, Home and End move
// between tabs; the chosen tab is kept in the address (?tab=) so it survives a reload and can be linked.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface PrayerTab<T extends string> {
  id: T;
  label: string;
  panel: () => ReactNode;
}

export function PrayerTabs<T extends string>({ tabs, selected, onSelect }: { tabs: ReadonlyArray<PrayerTab<T>>; selected: T; onSelect: (id: T) => void }) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === selected));
  const move = (to: number) => {
    const next = (to + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key]!);
    }
  };
  const current = tabs[index]!;
  return (
    <>
      <div role="tablist" aria-label="Prayers" className="spiritual-tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab, position) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[position] = element;
            }}
            type="button"
            role="tab"
            id={`prayer-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`prayer-panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            className="spiritual-tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`prayer-panel-${current.id}`} aria-labelledby={`prayer-tab-${current.id}`} tabIndex={0}>
        {current.panel()}
      </div>
    </>
  );
}
