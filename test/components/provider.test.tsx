import { render } from '@testing-library/react';
import { memo, useContext } from 'react';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionProvider } from '../../src';
import { ExchangeSessionContext, type ExchangeSessionConfig } from '../../src/hooks/exchange-session-context';

describe('<ExchangeSessionProvider>', () => {
  it('keeps its value while re-rendered with the same settings, and changes it with a new one', () => {
    const seen: ExchangeSessionConfig[] = [];
    const Reader = memo(function Reader() {
      seen.push(useContext(ExchangeSessionContext));
      return null;
    });
    const onError = () => undefined;
    const tree = (endpoint: string) => (
      <ExchangeSessionProvider endpoint="/api/outer">
        <ExchangeSessionProvider endpoint={endpoint} onError={onError}>
          <Reader />
        </ExchangeSessionProvider>
      </ExchangeSessionProvider>
    );
    const view = render(tree('/api/exchange-sessions'));
    view.rerender(tree('/api/exchange-sessions'));
    expect(seen).toHaveLength(1);
    view.rerender(tree('/api/other'));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ endpoint: '/api/other', onError });
  });
});
