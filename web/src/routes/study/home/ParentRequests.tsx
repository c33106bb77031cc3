// Requests from people who asked to follow my progress as my parent: I confirm or decline each one.
// Shown only while some wait for an answer.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { formatDate } from '../../../ui/dates';
import { useAuth } from '../../../auth/AuthProvider';

const MyParentRequestsQuery = graphql(`
  query StudyParentRequests {
    myParentLinks {
      id
      status
      createdAt
      parent {
        id
        displayName
      }
      child {
        id
      }
    }
  }
`);

const RespondMutation = graphql(`
  mutation StudyRespondToParentLink($linkId: ID!, $accept: Boolean!) {
    respondToParentLink(linkId: $linkId, accept: $accept) {
      id
      status
    }
  }
`);

export function ParentRequests() {
  const { session } = useAuth();
  const { data, error } = useQuery(MyParentRequestsQuery);
  const [respond] = useMutation(RespondMutation);
  const [busyLink, setBusyLink] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const waiting = (data?.myParentLinks ?? []).filter((link) => link.status === 'pending' && link.child.id === session?.user.id);

  const answer = async (linkId: string, parentName: string, accept: boolean) => {
    setBusyLink(linkId);
    setOutcome(null);
    try {
      await respond({ variables: { linkId, accept } });
      setOutcome({ tone: 'success', text: accept ? `${parentName} can now follow your courses and grades.` : `You declined ${parentName}’s request.` });
    } catch (caught) {
      setOutcome({ tone: 'error', text: messageOf(caught) });
    } finally {
      setBusyLink(null);
    }
  };

  if (error) return <Alert>Parent requests could not be loaded: {messageOf(error)}</Alert>;
  if (waiting.length === 0 && !outcome) return null;
  return (
    <section className="card" aria-labelledby="parent-requests-heading">
      <h2 id="parent-requests-heading">Parent requests</h2>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <ul className="study-list">
        {waiting.map((link) => (
          <li key={link.id}>
            <p>
              <strong>{link.parent.displayName}</strong> asked on {formatDate(link.createdAt)} to follow your courses, grades and certificates as your parent.
            </p>
            <div className="actions">
              <Button busy={busyLink === link.id} disabled={busyLink !== null} onClick={() => void answer(link.id, link.parent.displayName, true)}>
                Confirm {link.parent.displayName}
              </Button>
              <Button variant="secondary" disabled={busyLink !== null} onClick={() => void answer(link.id, link.parent.displayName, false)}>
                Decline
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
