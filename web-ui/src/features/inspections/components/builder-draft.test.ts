import { describe, expect, it } from 'vitest';
import { builderPath, newCheckPoint, newItem, newSection, toBuilderDraft, toTemplateBody, validateTemplate, weightTotal, withKind, type TemplateDraft } from '@/features/inspections/components/builder-draft';
import { version } from '@/features/inspections/testing/fixtures';

const keys = (draft: TemplateDraft, publish = true) => validateTemplate(draft, { publish }).map((problem) => `${problem.path}:${problem.key}`);

describe('the template builder’s checks', () => {
  it('a published version, taken as a draft, passes — and its PASS_FAIL points carry no range', () => {
    const draft = toBuilderDraft({ currentVersion: version() });
    expect(keys(draft)).toEqual([]);
    expect(weightTotal(draft)).toBe(100);
    expect(draft.sections[0]?.items[1]?.checkPoints[0]).toEqual({ code: 'A-2-1', text: { zh: '通道畅通', en: 'Exits clear' } });
  });

  it('weights must add up to 100 to publish, not to save a draft', () => {
    const draft = toBuilderDraft({ currentVersion: version() });
    draft.sections[1]!.weightPercent = 35;
    expect(keys(draft)).toEqual(['weights:weightsSum']);
    expect(validateTemplate(draft, { publish: true })[0]?.values).toEqual({ total: 95 });
    expect(keys(draft, false)).toEqual([]);
    draft.sections[1]!.weightPercent = 40.005;
    expect(keys(draft, false)).toEqual(['sections[1].weightPercent:weight']);
  });

  it('publishing needs a section, each with an item, each with a check point', () => {
    expect(keys({ name: { zh: '空', en: 'Empty' }, sections: [] })).toEqual(['sections:noSections']);
    const draft: TemplateDraft = { name: { zh: '夜间巡查', en: 'Night patrol' }, sections: [] };
    const section = { ...newSection(draft), name: { zh: '照明', en: 'Lighting' }, weightPercent: 100 };
    draft.sections.push(section);
    expect(keys(draft)).toEqual(['sections[0].items:noItems']);
    expect(keys(draft, false)).toEqual([]);
    const item = { ...newItem(draft, section), name: { zh: '公共照明', en: 'Lights' } };
    section.items.push(item);
    expect(keys(draft)).toEqual(['sections[0].items[0].checkPoints:noCheckPoints']);
    item.checkPoints.push({ ...newCheckPoint(draft, item), text: { zh: '路灯全亮', en: 'All lit' } });
    expect(keys(draft)).toEqual([]);
    expect([section.code, item.code, item.checkPoints[0]?.code]).toEqual(['S1', 'S1-1', 'S1-1-1']);
  });

  it('deduction ranges: at least 0.1, min ≤ max, max within the item’s points', () => {
    const draft = toBuilderDraft({ currentVersion: version() });
    const item = draft.sections[1]!.items[0]!; // 5 points, 0.5–1
    item.checkPoints[0] = { ...item.checkPoints[0]!, deductionMin: 1, deductionMax: 0.5 };
    item.checkPoints[1] = { ...item.checkPoints[1]!, deductionMin: 0.05, deductionMax: 6 };
    expect(keys(draft)).toEqual([
      'sections[1].items[0].checkPoints[0].deductionMax:rangeOrder',
      'sections[1].items[0].checkPoints[1].deductionMin:deductionMin',
      'sections[1].items[0].checkPoints[1].deductionMax:rangeAboveItem',
    ]);
    item.maxPoints = 0.4;
    expect(keys(draft)).toContain('sections[1].items[0].maxPoints:maxPoints');
  });

  it('codes: the pattern, and unique within their kind', () => {
    const draft = toBuilderDraft({ currentVersion: version() });
    draft.sections[1]!.code = 'A';
    draft.sections[1]!.items[0]!.code = 'b-1';
    draft.sections[1]!.items[1]!.checkPoints[0]!.code = 'A-1-1';
    expect(keys(draft)).toEqual(['sections[1].code:duplicateCode', 'sections[1].items[0].code:code', 'sections[1].items[1].checkPoints[0].code:duplicateCode']);
  });

  it('names and texts in both languages', () => {
    const draft = toBuilderDraft({ currentVersion: version() });
    draft.name.en = '  ';
    draft.sections[0]!.items[0]!.checkPoints[0]!.text.zh = '';
    expect(keys(draft)).toEqual(['name.en:required', 'sections[0].items[0].checkPoints[0].text.zh:required']);
  });

  it('switching an item to pass/fail drops the ranges; the body is trimmed; API paths map onto fields', () => {
    const draft = toBuilderDraft({ currentVersion: version() });
    const item = withKind(draft.sections[0]!.items[0]!, 'PASS_FAIL');
    expect(item.checkPoints.every((checkPoint) => checkPoint.deductionMin === undefined && checkPoint.deductionMax === undefined)).toBe(true);
    expect(withKind(item, 'SCORED').checkPoints[0]).toMatchObject({ deductionMin: 0.5, deductionMax: 2 });
    draft.name.zh = ' 测试细则 ';
    expect(toTemplateBody(draft).name.zh).toBe('测试细则');
    expect(builderPath('body.sections.0.items.1.maxPoints')).toBe('sections[0].items[1].maxPoints');
    expect(builderPath('sections[2].weightPercent')).toBe('sections[2].weightPercent');
  });
});
