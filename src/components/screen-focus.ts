'use client';
import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/use-isomorphic-layout-effect';

const controls = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], iframe, [tabindex]:not([tabindex="-1"])';

/**
 * Keeps the keyboard's place through the launcher's screen changes (WCAG 2.4.3): when the element
 * that had the focus goes away (a step tried again, the picker or Flow unmounting, an error), the
 * focus moves to the new screen's first control, else to the launcher's root until one appears.
 * A screen reader then hears the new screen once: from its live region (a status, an alert), or
 * from the control focused, never from a live region that is focused too. The focus is never taken
 * from elsewhere on the page: only while the launcher had it.
 */
export function useScreenFocus(root: RefObject<HTMLElement | null>): void {
  useIsomorphicLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const document = element.ownerDocument;
    let within = element.contains(document.activeElement);
    const onFocusIn = () => {
      within = true;
    };
    const onFocusOut = ({ relatedTarget, target }: FocusEvent) => {
      if (relatedTarget instanceof Node) {
        within = element.contains(relatedTarget);
        return;
      }
      // Focus to nowhere: the user left (the element is still there and usable), or the screen changed under it.
      queueMicrotask(() => {
        if (target instanceof Element && target.isConnected && !target.matches(':disabled') && document.activeElement !== target) within = false;
      });
    };
    // Focus that moves into a frame of the launcher's (MX Connect, Flow) blurs the page's window instead.
    const onWindowBlur = () => {
      queueMicrotask(() => {
        if (element.contains(document.activeElement)) within = true;
      });
    };
    const keepPlace = () => {
      const active = document.activeElement;
      const lost = !active || active === document.body;
      if (!within || (!lost && active !== element)) return;
      const control = element.querySelector<HTMLElement>(controls);
      if (control) control.focus();
      else if (lost) element.focus();
    };
    const observer = new MutationObserver(keepPlace);
    observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    const view = document.defaultView;
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    view?.addEventListener('blur', onWindowBlur);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      view?.removeEventListener('blur', onWindowBlur);
    };
  }, [root]);
}
