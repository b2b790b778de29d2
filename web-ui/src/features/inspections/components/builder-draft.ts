import type { Schemas } from '@/lib/api/client';

export type TemplateDraft = Schemas['InspectionTemplateDraft'];
export type SectionDraft = Schemas['InspectionSectionInput'];
export type ItemDraft = Schemas['InspectionItemInput'];
export type CheckPointDraft = Schemas['InspectionCheckPointInput'];
type Version = Schemas['InspectionTemplateVersion'];

/** A problem the builder shows on a field: its path as the API names it (`sections[1].items[0].maxPoints`) and a text key. */
export type BuilderProblem = { path: string; key: string; values?: Record<string, string | number> };

export const CODE_PATTERN = /^[A-Z][A-Z0-9_-]{0,39}$/;
export const TEXT_MAX = 500;
export const LIMITS = { sections: 20, items: 50, checkPoints: 30 } as const;

const text = () => ({ zh: '', en: '' });

/** The draft to edit: the pending one, else the current version as a starting point, else an empty rubric. */
export function toBuilderDraft(template: { draft?: TemplateDraft | undefined; currentVersion?: Version | undefined } | undefined): TemplateDraft {
  if (template?.draft) return structuredClone(template.draft);
  const version = template?.currentVersion;
  if (!version) return { name: text(), sections: [] };
  return {
    name: { ...version.name },
    ...(version.description ? { description: { ...version.description } } : {}),
    consequences: structuredClone(version.consequences),
    sections: version.sections.map((section) => ({
      code: section.code,
      name: { ...section.name },
      weightPercent: section.weightPercent,
      items: section.items.map((item) => ({
        code: item.code,
        name: { ...item.name },
        kind: item.kind,
        maxPoints: item.maxPoints,
        checkPoints: item.checkPoints.map((checkPoint) => ({
          code: checkPoint.code,
          text: { ...checkPoint.text },
          ...(item.kind === 'SCORED' ? { deductionMin: checkPoint.deductionMin, deductionMax: checkPoint.deductionMax } : {}),
        })),
      })),
    })),
  };
}

function nextCode(prefix: string, taken: ReadonlySet<string>, separator = '-'): string {
  for (let n = 1; ; n += 1) {
    const code = `${prefix}${separator}${String(n)}`;
    if (!taken.has(code)) return code;
  }
}

const codesOf = (draft: TemplateDraft) => ({
  sections: new Set(draft.sections.map((section) => section.code)),
  items: new Set(draft.sections.flatMap((section) => section.items.map((item) => item.code))),
  checkPoints: new Set(draft.sections.flatMap((section) => section.items.flatMap((item) => item.checkPoints.map((checkPoint) => checkPoint.code)))),
});

export function newSection(draft: TemplateDraft): SectionDraft {
  return { code: nextCode('S', codesOf(draft).sections, ''), name: text(), weightPercent: 0, items: [] };
}

export function newItem(draft: TemplateDraft, section: SectionDraft): ItemDraft {
  return { code: nextCode(section.code, codesOf(draft).items), name: text(), kind: 'SCORED', maxPoints: 5, checkPoints: [] };
}

export function newCheckPoint(draft: TemplateDraft, item: ItemDraft): CheckPointDraft {
  const code = nextCode(item.code, codesOf(draft).checkPoints);
  return item.kind === 'SCORED' ? { code, text: text(), deductionMin: 0.5, deductionMax: Math.min(2, item.maxPoints) } : { code, text: text() };
}

/** An item of another kind: PASS_FAIL check points carry no deduction range; SCORED ones get the seed's 0.5–2. */
export function withKind(item: ItemDraft, kind: ItemDraft['kind']): ItemDraft {
  return {
    ...item,
    kind,
    checkPoints: item.checkPoints.map(({ deductionMin: _min, deductionMax: _max, ...checkPoint }) =>
      kind === 'SCORED' ? { ...checkPoint, deductionMin: 0.5, deductionMax: Math.min(2, item.maxPoints) } : checkPoint,
    ),
  };
}

/** The sum of the section weights, to two decimals. */
export function weightTotal(draft: TemplateDraft): number {
  return Math.round(draft.sections.reduce((sum, section) => sum + (section.weightPercent || 0), 0) * 100) / 100;
}

const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/**
 * What the API would refuse, found before sending (the API checks again and names the same paths). Saving a draft
 * needs names, texts, codes (capitals, digits, `-`, `_`; unique within their kind), weights, points and deduction
 * ranges that make sense (0.1 ≤ min ≤ max ≤ the item's points); publishing also needs at least one section, each with
 * an item, each with a check point, and weights that add up to 100.
 */
export function validateTemplate(draft: TemplateDraft, { publish }: { publish: boolean }): BuilderProblem[] {
  const problems: BuilderProblem[] = [];
  const add = (path: string, key: string, values?: Record<string, string | number>) => problems.push(values ? { path, key, values } : { path, key });
  const checkText = (path: string, value: { zh?: string; en?: string } | undefined) => {
    for (const language of ['zh', 'en'] as const) {
      const content = value?.[language]?.trim() ?? '';
      if (!content) add(`${path}.${language}`, 'required');
      else if (content.length > TEXT_MAX) add(`${path}.${language}`, 'tooLong', { count: TEXT_MAX });
    }
  };
  const seen = { sections: new Set<string>(), items: new Set<string>(), checkPoints: new Set<string>() };
  const checkCode = (path: string, code: string, kind: keyof typeof seen) => {
    if (!CODE_PATTERN.test(code)) add(`${path}.code`, 'code');
    else if (seen[kind].has(code)) add(`${path}.code`, 'duplicateCode');
    seen[kind].add(code);
  };

  checkText('name', draft.name);
  if (publish && draft.sections.length === 0) add('sections', 'noSections');
  draft.sections.forEach((section, s) => {
    const sectionPath = `sections[${s}]`;
    checkCode(sectionPath, section.code, 'sections');
    checkText(`${sectionPath}.name`, section.name);
    if (!(section.weightPercent >= 0.01 && section.weightPercent <= 100) || !twoDecimals(section.weightPercent)) add(`${sectionPath}.weightPercent`, 'weight');
    if (publish && section.items.length === 0) add(`${sectionPath}.items`, 'noItems');
    section.items.forEach((item, i) => {
      const itemPath = `${sectionPath}.items[${i}]`;
      checkCode(itemPath, item.code, 'items');
      checkText(`${itemPath}.name`, item.name);
      const maxOk = item.maxPoints >= 0.5 && item.maxPoints <= 100 && twoDecimals(item.maxPoints);
      if (!maxOk) add(`${itemPath}.maxPoints`, 'maxPoints');
      if (publish && item.checkPoints.length === 0) add(`${itemPath}.checkPoints`, 'noCheckPoints');
      item.checkPoints.forEach((checkPoint, c) => {
        const path = `${itemPath}.checkPoints[${c}]`;
        checkCode(path, checkPoint.code, 'checkPoints');
        checkText(`${path}.text`, checkPoint.text);
        if (item.kind !== 'SCORED') return;
        const { deductionMin: min, deductionMax: max } = checkPoint;
        if (min === undefined || !(min >= 0.1) || !twoDecimals(min)) add(`${path}.deductionMin`, 'deductionMin');
        if (max === undefined || !(max >= 0.1) || !twoDecimals(max)) add(`${path}.deductionMax`, 'deductionMax');
        else if (min !== undefined && max < min) add(`${path}.deductionMax`, 'rangeOrder');
        else if (maxOk && max > item.maxPoints) add(`${path}.deductionMax`, 'rangeAboveItem', { points: item.maxPoints });
      });
    });
  });
  if (publish && draft.sections.length > 0 && weightTotal(draft) !== 100) add('weights', 'weightsSum', { total: weightTotal(draft) });
  return problems;
}

/** The body the API takes: texts trimmed; PASS_FAIL check points without a deduction range. */
export function toTemplateBody(draft: TemplateDraft): TemplateDraft {
  const trim = (value: { zh: string; en: string }) => ({ zh: value.zh.trim(), en: value.en.trim() });
  return {
    ...draft,
    name: trim(draft.name),
    sections: draft.sections.map((section) => ({
      ...section,
      name: trim(section.name),
      items: section.items.map((item) => ({
        ...item,
        name: trim(item.name),
        checkPoints: item.checkPoints.map((checkPoint) => ({
          code: checkPoint.code,
          text: trim(checkPoint.text),
          ...(item.kind === 'SCORED' ? { deductionMin: checkPoint.deductionMin, deductionMax: checkPoint.deductionMax } : {}),
        })),
      })),
    })),
  };
}

/** A 400's field (`body.sections[0].items[1].maxPoints`, `sections.0.weightPercent`) as the builder's path. */
export function builderPath(field: string): string {
  return field.replace(/^body\./, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}
