// Every achievement on offer with what it earns, the ones I have unlocked marked as such, and how many
// of them I hold.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';

const WalletAchievements = graphql(`
  query WalletAchievements {
    achievements {
      id
      name
      description
      rarity
      xp
      coinReward
      unlocked
    }
  }
`);

export function AchievementsPanel() {
  const { data, loading, error } = useQuery(WalletAchievements);
  if (loading && !data) return <Loading label="Loading achievements…" />;
  if (error && !data) return <ErrorState error={error} />;
  const achievements = data?.achievements ?? [];
  if (achievements.length === 0) return <Empty title="No achievements are on offer yet." />;
  const unlocked = achievements.filter((achievement) => achievement.unlocked).length;
  return (
    <>
      <p className="muted">
        {unlocked} of {achievements.length} unlocked.
      </p>
      <ul className="wallet-achievements">
        {achievements.map((achievement) => (
          <li key={achievement.id} className={achievement.unlocked ? 'wallet-achievement wallet-achievement--unlocked' : 'wallet-achievement'}>
            <p className="wallet-achievement__name">
              {achievement.name} <span className="badge">{achievement.rarity}</span>
              {achievement.unlocked && <span className="badge wallet-badge--ok">Unlocked</span>}
            </p>
            <p className="muted">{achievement.description}</p>
            <p className="muted">
              {achievement.xp} XP · {achievement.coinReward} ScrollCoins
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
