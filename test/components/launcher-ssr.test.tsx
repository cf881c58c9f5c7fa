// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';

describe('<ExchangeSessionLauncher> on the server', () => {
  it('renders the loading placeholder without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ExchangeSessionLauncher source={{ sessionId: 'abc' }} />);
    expect(html).toBe('<div data-status="loading" aria-busy="true"><p role="status">Loading…</p></div>');
  });
});
