import type { RecordedAccountState } from 'react-dwolla-exchange/server';

// What Dwolla's webhooks said of each exchange's connection, by exchange id: your database's job.
// On globalThis, as the route handlers are bundled apart.
const world = globalThis as { connections?: Map<string, RecordedAccountState> };
export const connections = (world.connections ??= new Map());
