// My prayer partners and the invitations waiting for my answer: accept or decline an invitation, or end
// a partnership. Partners see the entries I share with "My prayer partners", and I see theirs.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDate } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { ErrorState, Loading } from '../../../ui/States';

const PrayerPartnersQuery = graphql(`
  query PrayerPartners {
    myPrayerPartners {
      id
      createdAt
      partner {
        id
        displayName
      }
    }
    myPrayerPartnerInvites {
      id
      createdAt
      partner {
        id
        displayName
      }
    }
  }
`);

const RespondToInviteMutation = graphql(`
  mutation RespondToPrayerPartnerInvite($inviteId: ID!, $accept: Boolean!) {
    respondToPrayerPartnerInvite(inviteId: $inviteId, accept: $accept) {
      id
      status
    }
  }
`);

const EndPartnershipMutation = graphql(`
  mutation EndPrayerPartnership($partnerId: ID!) {
    endPrayerPartnership(partnerId: $partnerId)
  }
`);

export function PrayerPartners() {
  const { data, loading, error } = useQuery(PrayerPartnersQuery, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['PrayerPartners', 'PartnerPrayers'];
  const [respond, responding] = useMutation(RespondToInviteMutation, { refetchQueries });
  const [end, ending] = useMutation(EndPartnershipMutation, { refetchQueries });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    try {
      await action();
      setNotice({ ok: true, text: success });
    } catch (actionError) {
      setNotice({ ok: false, text: messageOf(actionError) });
    }
  };

  if (loading && !data) return <Loading label="Loading your prayer partners…" />;
  if (error && !data) return <ErrorState error={error} />;
  const invites = data?.myPrayerPartnerInvites ?? [];
  const partners = data?.myPrayerPartners ?? [];
  return (
    <section className="card" aria-labelledby="partners-heading">
      <h2 id="partners-heading">My prayer partners</h2>
      {notice && <Alert tone={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>}
      {invites.length > 0 && (
        <>
          <h3>Invitations for you</h3>
          <ul className="spiritual-list">
            {invites.map((invite) => (
              <li key={invite.id} className="spiritual-verse">
                <p>
                  <strong>{invite.partner.displayName}</strong> <span className="muted">invited you on {formatDate(invite.createdAt)}</span>
                </p>
                <div className="actions">
                  <Button busy={responding.loading} onClick={() => void run(() => respond({ variables: { inviteId: invite.id, accept: true } }), `You and ${invite.partner.displayName} now pray together.`)}>
                    Accept
                  </Button>
                  <Button variant="secondary" busy={responding.loading} onClick={() => void run(() => respond({ variables: { inviteId: invite.id, accept: false } }), 'Invitation declined.')}>
                    Decline
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {partners.length === 0 ? (
        <p className="muted">No prayer partners yet. When someone invites you, you can accept here.</p>
      ) : (
        <ul className="spiritual-list" aria-label="Partners">
          {partners.map((partnership) => (
            <li key={partnership.id} className="spiritual-verse">
              <p>
                <strong>{partnership.partner.displayName}</strong> <span className="muted">since {formatDate(partnership.createdAt)}</span>
              </p>
              <Button
                variant="secondary"
                busy={ending.loading}
                aria-label={`End the partnership with ${partnership.partner.displayName}`}
                onClick={() => void run(() => end({ variables: { partnerId: partnership.partner.id } }), `The partnership with ${partnership.partner.displayName} has ended.`)}
              >
                End partnership
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
