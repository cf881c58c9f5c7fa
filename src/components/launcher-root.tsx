import type { CSSProperties, ReactNode } from 'react';
import type { ExchangeSessionLauncherStatus } from '../core/launcher/launcher-status';
import type { ResolvedPresentation } from '../core/presentation/presentation';
import { rootAttributes } from './root-attributes';

interface LauncherRootProps {
  status: ExchangeSessionLauncherStatus;
  presentation: ResolvedPresentation;
  className: string | undefined;
  style: CSSProperties | undefined;
  children?: ReactNode;
}

/** The launcher's outermost element, the same in the shell and the loaded launcher: styled by its `status`. */
export function LauncherRoot({ status, presentation, className = '', style, children }: LauncherRootProps) {
  return (
    <div {...rootAttributes(presentation, className, style)} data-part="root" data-status={status} aria-busy={status === 'loading' || status === 'completing'}>
      {children}
    </div>
  );
}
