import type { Schemas } from '@/lib/api/client';

type Version = Schemas['InspectionTemplateVersion'];
type Grade = Schemas['InspectionGrade'];
type ResultStatus = Schemas['InspectionResultStatus'];

/** What the walker knows of a check point's answer: unanswered (no status), or a status with its deduction. */
export type Answer = { status?: ResultStatus | undefined; deduction?: number | undefined };

export type ItemScore = { itemId: string; score: number; max: number; deductions: number; applicable: boolean; findings: number };
export type SectionScore = { sectionId: string; score: number; max: number; weightPercent: number; percent: number | undefined; applicable: boolean };
export type RunningScore = {
  total: number;
  grade: Grade;
  teamBonus: boolean;
  answered: number;
  checkPoints: number;
  findings: number;
  sections: SectionScore[];
  items: Map<string, ItemScore>;
};

/** The bands of the 品质提升方案: ≤ 79 不及格, 80–90 良好, 91–100 优秀 (from the total rounded to one decimal); 96+ a team bonus. */
export function gradeOf(total: number): Grade {
  if (total >= 91) return 'EXCELLENT';
  if (total >= 80) return 'GOOD';
  return 'FAIL';
}

export const TEAM_BONUS_FROM = 96;

/** Half up to one decimal (89.95 → 90.0), robust against binary fractions (0.1 + 0.2). */
export function roundOne(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/**
 * The score as the API computes it (InspectionScore), from the answers on this phone — so that the running score moves
 * with every tap, before the save reaches the server. Unanswered check points count as met (as the API's provisional
 * score does). An item: SCORED = its points minus its deductions, never below 0; PASS_FAIL (十必查) = its points when no
 * check point is missing, else 0; an item whose check points are all NOT_APPLICABLE leaves its section's maximum. A
 * section = the sum of its applicable items. Total = Σ weight × score / max ÷ Σ weight over the applicable sections × 100.
 */
export function computeScore(version: Pick<Version, 'sections'>, answers: ReadonlyMap<string, Answer>): RunningScore {
  const items = new Map<string, ItemScore>();
  const sections: SectionScore[] = [];
  let answered = 0;
  let checkPoints = 0;
  let findings = 0;
  for (const section of version.sections) {
    let sectionScore = 0;
    let sectionMax = 0;
    for (const item of section.items) {
      let deductions = 0;
      let missing = 0;
      let notApplicable = 0;
      for (const checkPoint of item.checkPoints) {
        checkPoints += 1;
        const answer = answers.get(checkPoint.id);
        if (answer?.status) answered += 1;
        if (answer?.status === 'MISSING') {
          missing += 1;
          deductions += item.kind === 'SCORED' ? (answer.deduction ?? 0) : 0;
        } else if (answer?.status === 'NOT_APPLICABLE') {
          notApplicable += 1;
        }
      }
      findings += missing;
      const applicable = item.checkPoints.length === 0 || notApplicable < item.checkPoints.length;
      const score = item.kind === 'PASS_FAIL' ? (missing > 0 ? 0 : item.maxPoints) : Math.max(0, item.maxPoints - deductions);
      items.set(item.id, { itemId: item.id, score: applicable ? roundTwo(score) : 0, max: item.maxPoints, deductions: roundTwo(deductions), applicable, findings: missing });
      if (applicable) {
        sectionScore += score;
        sectionMax += item.maxPoints;
      }
    }
    const applicable = sectionMax > 0;
    sections.push({
      sectionId: section.id,
      score: roundTwo(sectionScore),
      max: roundTwo(sectionMax),
      weightPercent: section.weightPercent,
      percent: applicable ? roundOne((sectionScore / sectionMax) * 100) : undefined,
      applicable,
    });
  }
  let weighted = 0;
  let weights = 0;
  version.sections.forEach((section, index) => {
    const score = sections[index];
    if (!score?.applicable) return;
    weighted += section.weightPercent * (score.score / score.max);
    weights += section.weightPercent;
  });
  const total = weights > 0 ? roundOne((weighted / weights) * 100) : 100;
  return { total, grade: gradeOf(total), teamBonus: total >= TEAM_BONUS_FROM, answered, checkPoints, findings, sections, items };
}

function roundTwo(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/** A deduction as the API takes it: within [min, max], at most two decimals. */
export function clampDeduction(value: number, min: number, max: number): number {
  return roundTwo(Math.min(max, Math.max(min, value)));
}
