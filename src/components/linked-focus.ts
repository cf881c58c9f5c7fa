'use client';
import { useCallback, useRef, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';

/** Where the keyboard's focus goes once the list has re-rendered: a row, or one of its controls. */
export interface LinkedFocusTarget {
  exchangeId: string;
  /** The control's `data-part`; the row itself without one. */
  part?: string;
  /** For a control of one funding source (its Remove button). */
  fundingSourceId?: string;
}

/**
 * Focus moved after the next commit (WCAG 2.4.3): asked for in an event handler that changes the
 * list, applied once the change is on the page. A target no longer there gives way to its row,
 * then to the list, then to the view's root: the focus is never left on a button gone from the page.
 */
export function useLinkedFocus(root: RefObject<HTMLElement | null>): (target: LinkedFocusTarget) => void {
  const pending = useRef<LinkedFocusTarget>(undefined);
  useIsomorphicLayoutEffect(() => {
    const target = pending.current;
    const element = root.current;
    if (!target || !element) return;
    pending.current = undefined;
    focusFirst([...candidates(element, target), element.querySelector('[data-part="linked-accounts-list"]'), element]);
  });
  return useCallback((target: LinkedFocusTarget) => {
    pending.current = target;
  }, []);
}

function candidates(root: HTMLElement, { exchangeId, part, fundingSourceId }: LinkedFocusTarget): (Element | null)[] {
  const row = [...root.querySelectorAll<HTMLElement>('[data-part="linked-account"]')].find((element) => element.dataset.exchangeId === exchangeId);
  if (!row) return [];
  const control = part ? [...row.querySelectorAll<HTMLElement>(`[data-part="${part}"]`)].find((element) => element.dataset.fundingSourceId === fundingSourceId) : undefined;
  return [control ?? null, row];
}

function focusFirst(elements: (Element | null)[]): void {
  const element = elements.find((candidate): candidate is HTMLElement => candidate instanceof HTMLElement);
  element?.focus();
}
