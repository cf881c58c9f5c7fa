import type { CSSProperties } from 'react';
import { appearanceVariables } from '../core/presentation/appearance';
import type { ResolvedPresentation } from '../core/presentation/presentation';

/**
 * The attributes of a component's outermost element: the stylesheet's scope (`dwx`), the forced
 * theme, the language of its texts, and the appearance's variables under the app's own style.
 */
export function rootAttributes({ locale, appearance }: ResolvedPresentation, className: string, style: CSSProperties | undefined) {
  return {
    className: `dwx ${className}`.trim(),
    'data-theme': appearance?.theme,
    lang: locale,
    style: { ...appearanceVariables(appearance?.variables), ...style },
  };
}
