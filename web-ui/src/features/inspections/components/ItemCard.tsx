import { Card, Divider, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionResultInput } from '@/features/inspections/api/save-inspection-results';
import { CheckPointAnswer } from '@/features/inspections/components/CheckPointAnswer';
import { points, useLocalized } from '@/features/inspections/components/labels';
import type { ItemScore } from '@/features/inspections/components/scoring';
import type { EffectiveResult } from '@/features/inspections/components/use-inspection-draft';
import type { Schemas } from '@/lib/api/client';

/** One rubric item in the walker: its name, points and running score, and its check points to answer. */
export function ItemCard({
  inspectionId,
  item,
  score,
  results,
  serverResults,
  onChange,
}: {
  inspectionId: string;
  item: Schemas['InspectionItem'];
  score: ItemScore | undefined;
  results: ReadonlyMap<string, EffectiveResult>;
  serverResults: ReadonlyMap<string, Schemas['InspectionResult']>;
  onChange: (input: InspectionResultInput) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const scored = item.kind === 'SCORED';
  return (
    <Card
      size="small"
      data-testid="inspection-item"
      data-code={item.code}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
            {item.code}
          </Typography.Text>
          {localized(item.name)}
        </span>
      }
      extra={
        <Flex gap={4} align="center" style={{ whiteSpace: 'nowrap' }}>
          {!scored && <Tag color="magenta">{t('inspections.kind.PASS_FAIL')}</Tag>}
          <Typography.Text strong={score?.applicable !== false} type={score?.applicable === false ? 'secondary' : score && score.score < score.max ? 'danger' : undefined} data-testid="item-score">
            {score?.applicable === false ? t('inspections.walk.notApplicable') : `${points(score?.score ?? item.maxPoints)} / ${points(item.maxPoints)}`}
          </Typography.Text>
        </Flex>
      }
    >
      {item.checkPoints.map((checkPoint, index) => {
        const server = serverResults.get(checkPoint.id);
        return (
          <div key={checkPoint.id}>
            {index > 0 && <Divider style={{ margin: '12px 0' }} />}
            <CheckPointAnswer
              inspectionId={inspectionId}
              resultId={server?.id}
              photoCount={server?.photoCount ?? 0}
              checkPoint={checkPoint}
              scored={scored}
              answer={results.get(checkPoint.id)}
              onChange={onChange}
            />
          </div>
        );
      })}
    </Card>
  );
}
