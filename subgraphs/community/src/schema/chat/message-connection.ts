// The Relay connection over messages, shared by a channel's history, threads and search.
import { builder } from '../../builder';
import { MessageType } from '../content/message';

export const MessageConnection = builder.connectionObject({ type: MessageType, name: 'MessageConnection' }, { name: 'MessageEdge' });
