import type { CSSProperties, ReactNode, RefObject } from 'react';
import type { ExchangeSessionLauncherStatus } from '../core/launcher/launcher-state';
import type { ResolvedPresentation } from '../core/presentation/presentation';
import { rootAttributes } from './root-attributes';

interface LauncherRootProps {
  status: ExchangeSessionLauncherStatus;
  presentation: Pick<ResolvedPresentation, 'locale' | 'appearance'>;
  className: string | undefined;
  style: CSSProperties | undefined;
  /** The root element, for keeping the focus's place through screen changes. */
  rootRef?: RefObject<HTMLDivElement | null>;
  children?: ReactNode;
}

/**
 * The launcher's outermost element, the same in the shell and the loaded launcher: styled by its
 * `status`, and focusable by script only (where the focus waits between two screens).
 */
export function LauncherRoot({ status, presentation, className = '', style, rootRef, children }: LauncherRootProps) {
  return (
    <div ref={rootRef} {...rootAttributes(presentation, className, style)} data-part="root" data-status={status} aria-busy={status === 'loading' || status === 'completing'} tabIndex={-1}>
      {children}
    </div>
  );
}
