'use client';
import { ConnectionPicker, type ExchangeConnectionPickerProps } from './connection-picker';

export type { ExchangeConnectionPickerProps } from './connection-picker';

/**
 * The accounts the user connected through MX, as a labelled radio group (arrow keys move the
 * choice, Tab reaches the confirm button), fetched through the app's backend; with
 * `needsAccountType`, a second group asks checking or savings. Its texts, locale and appearance
 * are the provider's unless given.
 *
 * @example
 * ```tsx
 * <ExchangeConnectionPicker sessionId={id} onSelect={(connection) => complete(connection.availableConnectionToken)} />
 * ```
 */
export function ExchangeConnectionPicker(props: ExchangeConnectionPickerProps) {
  // The launcher's chunk loads the picker itself: this entry point stays apart from it, so that
  // a bundler splitting the main entry never ships the picker to an app that does not use it.
  return <ConnectionPicker {...props} />;
}
