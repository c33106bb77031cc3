// An ordered list whose items can be dragged to a new place (native HTML5 drag and drop) or moved with
// "Move up"/"Move down" buttons from the keyboard. The list says nothing about saving: it calls
// onReorder with the new order of ids, and a live region announces each move.
import { useState, type DragEvent, type ReactNode } from 'react';
import { moveBy, moveOnto } from './reorder';

interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  /** Names the list for assistive technology, e.g. "Modules of Greek I". */
  label: string;
  /** What one item is called in announcements and buttons, e.g. "lecture". */
  noun: string;
  titleOf(item: T): string;
  renderItem(item: T, controls: ReactNode): ReactNode;
  onReorder(orderedIds: string[]): void;
  /** Blocks moves while a save runs. @default false */
  disabled?: boolean;
}

const DRAG_TYPE = 'application/x-scrollforge-sortable';

export function SortableList<T extends { id: string }>({ items, label, noun, titleOf, renderItem, onReorder, disabled = false }: SortableListProps<T>) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ids = items.map((item) => item.id);

  const reorder = (next: string[], item: T) => {
    const place = next.indexOf(item.id) + 1;
    setAnnouncement(`${titleOf(item)} moved to position ${place} of ${next.length}.`);
    onReorder(next);
  };

  const onDrop = (event: DragEvent, target: T) => {
    event.preventDefault();
    const movedId = dragged ?? event.dataTransfer.getData(DRAG_TYPE);
    setDragged(null);
    setOver(null);
    const moved = items.find((item) => item.id === movedId);
    if (!moved || disabled || movedId === target.id) return;
    reorder(moveOnto(ids, movedId, target.id), moved);
  };

  return (
    <>
      <ol className="sortable" aria-label={label}>
        {items.map((item, index) => {
          const title = titleOf(item);
          const controls = (
            <span className="sortable__moves">
              <button type="button" className="sortable__move" aria-label={`Move up: ${title}`} disabled={disabled || index === 0} onClick={() => reorder(moveBy(ids, item.id, -1), item)}>
                Move up
              </button>
              <button
                type="button"
                className="sortable__move"
                aria-label={`Move down: ${title}`}
                disabled={disabled || index === items.length - 1}
                onClick={() => reorder(moveBy(ids, item.id, 1), item)}
              >
                Move down
              </button>
            </span>
          );
          const classes = ['sortable__item', dragged === item.id && 'sortable__item--dragged', over === item.id && dragged !== item.id && 'sortable__item--over'];
          return (
            <li
              key={item.id}
              className={classes.filter(Boolean).join(' ')}
              data-sortable-id={item.id}
              onDragOver={(event) => {
                // Only items of this list are dropped here: a lecture never lands among modules.
                if (!dragged || !ids.includes(dragged)) return;
                event.preventDefault();
                event.stopPropagation();
                event.dataTransfer.dropEffect = 'move';
                setOver(item.id);
              }}
              onDrop={(event) => {
                if (!dragged || !ids.includes(dragged)) return;
                event.stopPropagation();
                onDrop(event, item);
              }}
            >
              {/* Only the handle drags, so text in the item's fields can still be selected with the mouse. */}
              <span
                className="sortable__handle"
                aria-hidden="true"
                title={`Drag to move this ${noun}`}
                draggable={!disabled}
                onDragStart={(event) => {
                  event.stopPropagation();
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData(DRAG_TYPE, item.id);
                  const row = event.currentTarget.closest('li');
                  if (row) event.dataTransfer.setDragImage(row, 16, 16);
                  setDragged(item.id);
                }}
                onDragEnd={() => {
                  setDragged(null);
                  setOver(null);
                }}
              >
                ⠿
              </span>
              <div className="sortable__body">{renderItem(item, controls)}</div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
