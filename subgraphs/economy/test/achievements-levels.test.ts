// Levels from XP: level n begins at 100·n·(n−1)/2 XP.
import { levelFor, xpForLevel } from '../src/achievements/levels';

describe('levelFor', () => {
  it('starts a newcomer at level 1 with no progress', () => {
    expect(levelFor(0)).toEqual({ xp: 0, level: 1, levelProgress: 0, xpForNextLevel: 100 });
  });

  it('reaches each level exactly at its threshold', () => {
    expect(levelFor(99).level).toBe(1);
    expect(levelFor(100)).toEqual({ xp: 100, level: 2, levelProgress: 0, xpForNextLevel: 300 });
    expect(levelFor(299).level).toBe(2);
    expect(levelFor(300).level).toBe(3);
    expect(levelFor(1000).level).toBe(5);
  });

  it('reports progress through the current level', () => {
    const experience = levelFor(450);
    expect(experience.level).toBe(3);
    expect(experience.levelProgress).toBeCloseTo(0.5);
    expect(experience.xpForNextLevel).toBe(600);
  });

  it('agrees with the thresholds for every level up to 500', () => {
    for (let level = 1; level <= 500; level += 1) {
      expect(levelFor(xpForLevel(level)).level).toBe(level);
      expect(levelFor(xpForLevel(level + 1) - 1).level).toBe(level);
    }
  });

  it('treats negative XP as none', () => {
    expect(levelFor(-50)).toEqual(levelFor(0));
  });
});
