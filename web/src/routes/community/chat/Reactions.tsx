// A message's reactions: one toggle per emoji with its count (pressed when I reacted), and a few quick
// emoji to add. The live totals arrive through reactionChanged; the buttons only send.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ChatMessageFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import type { ChannelMessages } from './use-channel-messages';

const QUICK_EMOJI = ['👍', '❤️', '🙏', '😄'];

const AddReaction = graphql(`
  mutation ChatAddReaction($messageId: ID!, $emoji: String!) {
    addReaction(messageId: $messageId, emoji: $emoji) {
      ...ChatMessage
    }
  }
`);

const RemoveReaction = graphql(`
  mutation ChatRemoveReaction($messageId: ID!, $emoji: String!) {
    removeReaction(messageId: $messageId, emoji: $emoji) {
      ...ChatMessage
    }
  }
`);

export function Reactions({ message, absorb, canReact }: { message: ChatMessageFragment; absorb: ChannelMessages['absorb']; canReact: boolean }) {
  const [addReaction] = useMutation(AddReaction);
  const [removeReaction] = useMutation(RemoveReaction);
  const toggle = useBusyAction(async (emoji: string, add: boolean) => {
    const variables = { messageId: message.id, emoji };
    if (add) {
      const result = await addReaction({ variables });
      if (result.data) absorb(result.data.addReaction);
    } else {
      const result = await removeReaction({ variables });
      if (result.data) absorb(result.data.removeReaction);
    }
  });
  const unused = QUICK_EMOJI.filter((emoji) => !message.reactions.some((reaction) => reaction.emoji === emoji));

  return (
    <div className="reactions">
      {message.reactions.map((reaction) => (
        <button
          key={reaction.emoji}
          type="button"
          className="reaction"
          aria-pressed={reaction.viewerReacted}
          data-emoji={reaction.emoji}
          disabled={!canReact || toggle.busy}
          onClick={() => void toggle.run(reaction.emoji, !reaction.viewerReacted)}
          aria-label={`${reaction.emoji} ${reaction.count} ${reaction.count === 1 ? 'reaction' : 'reactions'}${reaction.viewerReacted ? ', including yours' : ''}`}
        >
          <span aria-hidden="true">{reaction.emoji}</span> <span className="reaction__count">{reaction.count}</span>
        </button>
      ))}
      {canReact &&
        unused.map((emoji) => (
          <button key={emoji} type="button" className="reaction reaction--add" disabled={toggle.busy} onClick={() => void toggle.run(emoji, true)} aria-label={`React with ${emoji}`}>
            <span aria-hidden="true">+{emoji}</span>
          </button>
        ))}
      {toggle.error !== null && <Alert>{messageOf(toggle.error)}</Alert>}
    </div>
  );
}
