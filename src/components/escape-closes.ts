import type { KeyboardEvent } from 'react';

/** A `keydown` handler that closes a panel on Escape, which then goes no further up the page. */
export function escapeCloses(close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
}
