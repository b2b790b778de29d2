import { describe, expect, it } from 'vitest';
import { computeScore, gradeOf, roundOne, type Answer } from '@/features/inspections/components/scoring';
import { version } from '@/features/inspections/testing/fixtures';

const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

describe('computeScore (the running score, as the API computes it)', () => {
  it('nothing answered counts as met: 100, excellent, with the team bonus', () => {
    const score = computeScore(version(), answers({}));
    expect(score).toMatchObject({ total: 100, grade: 'EXCELLENT', teamBonus: true, answered: 0, checkPoints: 8, findings: 0 });
  });

  it('a hand-computed sheet: deductions, a failed PASS_FAIL item, an N/A item leaving its section maximum', () => {
    // 服务 (60 %): A-1 = 10 − 2 − 1.5 = 6.5; A-2 (十必查) has a missing point → 0. Section 6.5 / 15.
    // 设备 (40 %): B-1 is all N/A → out of the maximum; B-2 = 5 − 1 = 4. Section 4 / 5.
    // Total = (60 × 6.5/15 + 40 × 4/5) / 100 × 100 = 26 + 32 = 58.0 → FAIL.
    const score = computeScore(
      version(),
      answers({
        a1: { status: 'MISSING', deduction: 2 },
        a2: { status: 'MISSING', deduction: 1.5 },
        a3: { status: 'MET' },
        b1: { status: 'MET' },
        b2: { status: 'MISSING' },
        c1: { status: 'NOT_APPLICABLE' },
        c2: { status: 'NOT_APPLICABLE' },
        d1: { status: 'MISSING', deduction: 1 },
      }),
    );
    expect(score.total).toBe(58);
    expect(score.grade).toBe('FAIL');
    expect(score.findings).toBe(4);
    expect(score.answered).toBe(8);
    expect(score.items.get('iA1')).toMatchObject({ score: 6.5, max: 10, deductions: 3.5, applicable: true });
    expect(score.items.get('iA2')).toMatchObject({ score: 0, applicable: true, findings: 1 });
    expect(score.items.get('iB1')).toMatchObject({ applicable: false });
    expect(score.sections).toEqual([
      { sectionId: 'sA', score: 6.5, max: 15, weightPercent: 60, percent: 43.3, applicable: true },
      { sectionId: 'sB', score: 4, max: 5, weightPercent: 40, percent: 80, applicable: true },
    ]);
  });

  it('a section with nothing applicable gives its weight to the others (rescaled)', () => {
    // 设备 entirely N/A: the total is 服务's percentage alone, 13 / 15 = 86.7.
    const score = computeScore(version(), answers({ a1: { status: 'MISSING', deduction: 2 }, c1: { status: 'NOT_APPLICABLE' }, c2: { status: 'NOT_APPLICABLE' }, d1: { status: 'NOT_APPLICABLE' } }));
    expect(score.sections[1]).toMatchObject({ applicable: false, percent: undefined });
    expect(score.total).toBe(86.7);
    expect(score.grade).toBe('GOOD');
  });

  it('deductions beyond the item stop at 0', () => {
    // B-1: 5 points, two points missing at 1 each → 3; B-2 missing at 1 → 4. 设备 7/10; 服务 15/15. 60 + 28 = 88.
    const score = computeScore(version(), answers({ c1: { status: 'MISSING', deduction: 1 }, c2: { status: 'MISSING', deduction: 1 }, d1: { status: 'MISSING', deduction: 1 } }));
    expect(score.total).toBe(88);
    const big = { ...version() };
    big.sections = [{ ...big.sections[1]!, weightPercent: 100, items: [{ ...big.sections[1]!.items[1]!, maxPoints: 0.5 }] }];
    expect(computeScore(big, answers({ d1: { status: 'MISSING', deduction: 1 } })).items.get('iB2')).toMatchObject({ score: 0, deductions: 1 });
  });

  it('grades by the bands at 79 / 80 / 90 / 91 and rounds half up first', () => {
    expect([79, 79.9, 80, 90, 90.9, 91, 96, 100].map(gradeOf)).toEqual(['FAIL', 'FAIL', 'GOOD', 'GOOD', 'GOOD', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT']);
    expect(roundOne(90.95)).toBe(91);
    expect(roundOne(79.95)).toBe(80);
    expect(roundOne(0.1 + 0.2)).toBe(0.3);
    // One section, one item of 20 points, 1.81 off: 18.19 / 20 = 90.95 % → 91.0, excellent; 96 earns the team bonus.
    const single = { sections: [{ ...version().sections[1]!, weightPercent: 100, items: [{ ...version().sections[1]!.items[1]!, maxPoints: 20 }] }] };
    expect(computeScore(single, answers({ d1: { status: 'MISSING', deduction: 1.81 } }))).toMatchObject({ total: 91, grade: 'EXCELLENT', teamBonus: false });
    expect(computeScore(single, answers({ d1: { status: 'MISSING', deduction: 0.8 } }))).toMatchObject({ total: 96, teamBonus: true });
  });
});
