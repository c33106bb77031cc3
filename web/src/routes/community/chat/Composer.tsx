// Writing a message (or a thread reply): Enter sends, Shift+Enter starts a new line; every keystroke
// tells the channel I am typing; the graph's refusal (too long, too fast, banned) shows under the box.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { fieldErrorOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import type { ChannelMessages } from './use-channel-messages';
import type { TypingEvent } from './use-typing';

const MAX_LENGTH = 4000;

const SendMessage = graphql(`
  mutation ChatSendMessage($channelId: ID!, $body: String!, $threadRootId: ID) {
    sendMessage(channelId: $channelId, body: $body, threadRootId: $threadRootId) {
      ...ChatMessage
    }
  }
`);

interface ComposerProps {
  channelId: string;
  threadRootId?: string;
  label: string;
  absorb: ChannelMessages['absorb'];
  onTyping: (event?: TypingEvent) => void;
}

export function Composer({ channelId, threadRootId, label, absorb, onTyping }: ComposerProps) {
  const [body, setBody] = useState('');
  const [sendMessage] = useMutation(SendMessage);
  const send = useBusyAction(async (text: string) => {
    const result = await sendMessage({ variables: { channelId, body: text, threadRootId: threadRootId ?? null } });
    if (result.data) absorb(result.data.sendMessage, true);
    onTyping('sent');
    setBody('');
  });
  const fieldError = fieldErrorOf(send.error);

  const submit = () => {
    const text = body.trim();
    if (text && !send.busy) void send.run(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  return (
    <form className="composer" onSubmit={onSubmit} noValidate>
      <TextArea
        label={label}
        hint="Enter sends; Shift+Enter starts a new line. Markdown works."
        value={body}
        maxLength={MAX_LENGTH}
        rows={2}
        onChange={(event) => {
          setBody(event.target.value);
          if (event.target.value) onTyping();
        }}
        onKeyDown={onKeyDown}
        error={fieldError?.message ?? null}
      />
      {send.error !== null && !fieldError && <Alert>{messageOf(send.error)}</Alert>}
      <div className="composer__actions">
        <Button type="submit" busy={send.busy} disabled={!body.trim()}>
          {send.busy ? 'Sending…' : 'Send'}
        </Button>
      </div>
    </form>
  );
}
