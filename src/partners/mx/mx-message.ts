import { isJsonObject, ownField, ownObject, ownString, parseJsonText } from '../../core/backend/json';

/** A post message of MX Connect: `{ mx: true, type: 'mx/connect/…', metadata }`. */
export interface MxMessage {
  type: string;
  metadata: Readonly<Record<string, unknown>>;
}

/** Reads an MX Connect post message; `undefined` for anything else on the page's message bus. */
export function readMxMessage(data: unknown): MxMessage | undefined {
  const value = typeof data === 'string' ? parseJsonText(data) : data;
  if (!isJsonObject(value) || ownField(value, 'mx') !== true) return undefined;
  const type = ownString(value, 'type');
  if (!type?.startsWith('mx/')) return undefined;
  return { type, metadata: ownObject(value, 'metadata') ?? {} };
}

/** The guids of `mx/connect/memberConnected`, when all are there. */
export function readMemberConnected(message: MxMessage) {
  if (message.type !== 'mx/connect/memberConnected') return undefined;
  const memberGuid = ownString(message.metadata, 'member_guid');
  const userGuid = ownString(message.metadata, 'user_guid');
  const sessionGuid = ownString(message.metadata, 'session_guid');
  if (!memberGuid || !userGuid) return undefined;
  return sessionGuid ? { memberGuid, userGuid, sessionGuid } : { memberGuid, userGuid };
}
