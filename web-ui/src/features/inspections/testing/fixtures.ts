import type { Schemas } from '@/lib/api/client';

type Version = Schemas['InspectionTemplateVersion'];
type Inspection = Schemas['Inspection'];

export const PROJECT = '00000000-0000-4000-8000-00000000aa01';
export const INSPECTION = '00000000-0000-4000-8000-00000000bb01';
export const TEMPLATE = '00000000-0000-4000-8000-00000000cc01';

const text = (zh: string, en: string) => ({ zh, en });

/**
 * A small rubric: 服务 (60 %: a SCORED item of 10 points with three check points at 0.5–2, a PASS_FAIL item of 5 points
 * with two) and 设备 (40 %: two SCORED items of 5 points, with two and one check points at 0.5–1).
 */
export function version(): Version {
  return {
    id: 'v1',
    templateId: TEMPLATE,
    number: 2,
    name: text('测试细则', 'Test rubric'),
    consequences: { fail: text('项目经理罚款500元', 'Manager fined ¥500'), good: text('不奖不罚', 'Neither'), excellent: text('奖励1000元', 'Bonus ¥1000') },
    checkPointCount: 8,
    publishedAt: '2026-11-01T00:00:00Z',
    sections: [
      {
        id: 'sA',
        code: 'A',
        name: text('服务', 'Service'),
        weightPercent: 60,
        maxPoints: 15,
        items: [
          {
            id: 'iA1',
            code: 'A-1',
            name: text('制度建设', 'Policies'),
            kind: 'SCORED',
            maxPoints: 10,
            checkPoints: [
              { id: 'a1', code: 'A-1-1', text: text('制度上墙公示', 'Policies posted'), deductionMin: 0.5, deductionMax: 2 },
              { id: 'a2', code: 'A-1-2', text: text('制度归档及时', 'Filed on time'), deductionMin: 0.5, deductionMax: 2 },
              { id: 'a3', code: 'A-1-3', text: text('制度及时更新', 'Kept up to date'), deductionMin: 0.5, deductionMax: 2 },
            ],
          },
          {
            id: 'iA2',
            code: 'A-2',
            name: text('消防通道', 'Fire exits'),
            kind: 'PASS_FAIL',
            maxPoints: 5,
            checkPoints: [
              { id: 'b1', code: 'A-2-1', text: text('通道畅通', 'Exits clear') },
              { id: 'b2', code: 'A-2-2', text: text('指示灯完好', 'Exit signs lit') },
            ],
          },
        ],
      },
      {
        id: 'sB',
        code: 'B',
        name: text('设备', 'Equipment'),
        weightPercent: 40,
        maxPoints: 10,
        items: [
          {
            id: 'iB1',
            code: 'B-1',
            name: text('水泵房', 'Pump room'),
            kind: 'SCORED',
            maxPoints: 5,
            checkPoints: [
              { id: 'c1', code: 'B-1-1', text: text('运行记录完整', 'Logs complete'), deductionMin: 0.5, deductionMax: 1 },
              { id: 'c2', code: 'B-1-2', text: text('无渗漏', 'No leaks'), deductionMin: 0.5, deductionMax: 1 },
            ],
          },
          {
            id: 'iB2',
            code: 'B-2',
            name: text('配电房', 'Switch room'),
            kind: 'SCORED',
            maxPoints: 5,
            checkPoints: [{ id: 'd1', code: 'B-2-1', text: text('绝缘垫齐全', 'Insulating mats'), deductionMin: 0.5, deductionMax: 1 }],
          },
        ],
      },
    ],
  };
}

/** A DRAFT inspection of `version()`, every check point unanswered unless `answers` says otherwise. */
export function inspection(overrides: Partial<Inspection> = {}, answers: Record<string, Partial<Schemas['InspectionResult']>> = {}): Inspection {
  const template = version();
  const results = template.sections.flatMap((section) =>
    section.items.flatMap((item) =>
      item.checkPoints.map((checkPoint) => ({ id: `r-${checkPoint.id}`, checkPointId: checkPoint.id, itemId: item.id, sectionId: section.id, photoCount: 0, ...answers[checkPoint.id] })),
    ),
  );
  return {
    id: INSPECTION,
    code: 'SG-QI-20261123-01',
    projectId: PROJECT,
    templateId: TEMPLATE,
    templateVersionId: template.id,
    templateVersionNumber: template.number,
    templateName: template.name,
    method: 'OPEN',
    status: 'DRAFT',
    inspectorId: 'u-supervisor',
    inspectorName: '品质督导 周敏',
    location: '服务中心',
    startedAt: '2026-11-23T01:00:00Z',
    template,
    results,
    score: { total: 100, grade: 'EXCELLENT', teamBonus: true, provisional: true, answeredCount: 0, checkPointCount: 8, findingCount: 0, sections: [], items: [] },
    version: 1,
    createdAt: '2026-11-23T01:00:00Z',
    updatedAt: '2026-11-23T01:00:00Z',
    ...overrides,
  };
}

/** A rectification of finding A-1-1 whose work order is done: it waits for 复查. */
export function rectification(overrides: Partial<Schemas['Rectification']> = {}): Schemas['Rectification'] {
  return {
    id: '00000000-0000-4000-8000-00000000dd01',
    projectId: PROJECT,
    inspectionId: INSPECTION,
    inspectionCode: 'SG-QI-20261123-01',
    resultId: 'r-a1',
    checkPointId: 'a1',
    checkPointCode: 'A-1-1',
    findingText: text('制度上墙公示', 'Policies posted'),
    findingNote: '服务中心未张贴投诉电话',
    deduction: 1.5,
    itemName: text('制度建设', 'Policies'),
    sectionCode: 'A',
    sectionName: text('服务', 'Service'),
    templateName: text('测试细则', 'Test rubric'),
    ownerId: 'u-tech1',
    ownerName: '维修工 王强',
    raisedById: 'u-supervisor',
    raisedByName: '品质督导 周敏',
    raisedAt: '2026-11-23T02:00:00Z',
    originalDueAt: '2026-11-26T10:00:00Z',
    dueAt: '2026-11-26T10:00:00Z',
    daysLeft: 2,
    overdue: false,
    rounds: 1,
    status: 'AWAITING_REINSPECTION',
    workOrderId: '00000000-0000-4000-8000-00000000ee01',
    workOrderCode: 'SG-20261123-0042',
    workOrderStatus: 'COMPLETED',
    reinspections: [],
    ...overrides,
  };
}
