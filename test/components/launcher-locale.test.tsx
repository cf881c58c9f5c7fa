// The default UI speaks the app's language: one typed catalogue per language, chosen by `locale`
// (English up front, Spanish a chunk of its own), entries overridden by `messages`, on the
// provider and on a launcher; its look is a theme and variables on the root.
import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExchangeConnectionPicker, ExchangeSessionLauncher } from '../../src';
import { en } from '../../src/core/messages/en';
import { enLinked } from '../../src/core/messages/en-linked';
import { es } from '../../src/core/messages/es';
import { fakeAvailableConnections } from '../../src/testing/fake-journey-values';
import { exchangeSessionFixture, fixtureSessionIds } from '../../src/testing/fixtures';
import { server } from '../setup/msw-server';
import { basePath, launcherSpies, renderStrict, serveSessions } from '../support/launcher-harness';

const gone = () => server.use(http.get(`${basePath}/:id`, () => HttpResponse.json({ code: 'NotFound', message: 'gone' }, { status: 404 })));

/** Every text the page showed, in order, as it changed. */
function recordTexts(): string[] {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = document.body.textContent;
    if (text && texts.at(-1) !== text) texts.push(text);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return texts;
}

describe('the default UI’s language', () => {
  // First in this file: the Spanish chunk is not loaded yet (a loaded chunk stays for the file).
  it('shows Spanish from its first text, never English while the Spanish texts load', async () => {
    gone();
    const texts = recordTexts();
    const { container } = renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} />, { locale: 'es' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${es.errorGone}${es.errorGoneHint}${es.retry}`);
    expect(container.firstElementChild).toHaveAttribute('lang', 'es');
    expect(texts.filter((text) => text.includes(en.loading) || text.includes(en.errorGone))).toEqual([]);
  });

  it('takes a region subtag’s language, a launcher’s locale over the provider’s, and English for a language without a catalogue', async () => {
    gone();
    renderStrict(
      <>
        <ExchangeSessionLauncher source={{ sessionId: 'a1' }} locale="es-MX" />
        <ExchangeSessionLauncher source={{ sessionId: 'b2' }} locale="fr" />
      </>,
      { locale: 'en' },
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [spanish, french] = screen.getAllByRole('alert');
    expect(spanish).toHaveTextContent(es.errorGone);
    expect(french).toHaveTextContent(en.errorGone);
    expect(french!.closest('[data-part=root]')).toHaveAttribute('lang', 'fr');
  });

  it('overrides single texts: a launcher’s over its provider’s, both over the catalogue', async () => {
    gone();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: 'a1' }} messages={{ retry: 'Reintentar ahora' }} />, {
      locale: 'es',
      messages: { errorGone: 'Esta sesión ya no vale.', retry: 'Otra vez' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(`Esta sesión ya no vale.${es.errorGoneHint}Reintentar ahora`);
  });

  it('reaches the partner flows and the account picker, with a typed count', async () => {
    server.use(http.get(`${basePath}/:id/available-connections`, () => HttpResponse.json({ connections: fakeAvailableConnections })));
    renderStrict(<ExchangeConnectionPicker sessionId={fixtureSessionIds.mx} onSelect={() => {}} />, { locale: 'es' });
    expect(await screen.findByRole('group', { name: es.pickerLegend })).toHaveAccessibleDescription(es.pickerHint(2));
    expect(es.pickerHint(2)).toBe('Conectaste 2 cuentas.');
    expect(es.pickerHint(1)).toBe('Conectaste 1 cuenta.');
    await userEvent.click(screen.getByRole('button', { name: es.pickerSubmit }));
    expect(screen.getByRole('group', { name: es.pickerLegend })).toHaveAccessibleDescription(`${es.pickerHint(2)} ${es.pickerRequired}`);

    serveSessions({ [fixtureSessionIds.mx]: exchangeSessionFixture('mx') });
    const spies = launcherSpies();
    renderStrict(<ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} {...spies} />, { locale: 'es' });
    expect(await screen.findByRole('link', { name: es.mxRedirectLink })).toBeInTheDocument();
  });

  it('ships the same entries in every catalogue, each translated', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter((key) => String(en[key as keyof typeof en]) === String(es[key as keyof typeof es]));
    expect(untranslated).toEqual([]);
  });

  it('gives the launcher’s texts and the linked accounts’ view’s names of their own: one catalogue never overwrites the other', () => {
    expect(Object.keys(en).filter((key) => key in enLinked)).toEqual([]);
  });
});

describe('the default UI’s look', () => {
  it('puts the theme and the variables on the root, a launcher’s over its provider’s', async () => {
    gone();
    const { container } = renderStrict(
      <ExchangeSessionLauncher
        source={{ sessionId: 'a1' }}
        className="checkout-step"
        style={{ maxWidth: 480 }}
        appearance={{ variables: { colorPrimary: '#0a7d53' } }}
      />,
      { appearance: { theme: 'dark', variables: { colorPrimary: '#1d4ed8', borderRadius: '12px' } } },
    );
    await screen.findByRole('alert');
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-part', 'root');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root.className).toBe('dwx checkout-step');
    expect(root.style.getPropertyValue('--dwx-color-primary')).toBe('#0a7d53');
    expect(root.style.getPropertyValue('--dwx-radius')).toBe('12px');
    expect(root.style.maxWidth).toBe('480px');
  });
});
