import { TrophyOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GradeTag, useLocalized } from '@/features/inspections/components/labels';
import type { Schemas } from '@/lib/api/client';

/**
 * The score as a headline: the total out of 100, the grade, the team bonus (96+) and what the band carries (奖罚).
 * The walker shows the running one, the detail and the report the frozen one.
 */
export function ScoreHeadline({
  total,
  grade,
  teamBonus,
  consequence,
  provisional = false,
  compact = false,
}: {
  total: number;
  grade: Schemas['InspectionGrade'];
  teamBonus: boolean;
  consequence?: Schemas['LocalizedText'] | undefined;
  provisional?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <div data-testid="score-headline">
      <Flex align="baseline" gap={8} wrap>
        <Typography.Text strong style={{ fontSize: compact ? 28 : 40, lineHeight: 1.1 }} data-testid="score-total">
          {total.toFixed(1)}
        </Typography.Text>
        <Typography.Text type="secondary">/ 100</Typography.Text>
        <GradeTag grade={grade} large />
        {teamBonus && (
          <Tag icon={<TrophyOutlined />} color="gold" data-testid="team-bonus">
            {t('inspections.score.teamBonus')}
          </Tag>
        )}
        {provisional && <Typography.Text type="secondary">{t('inspections.score.provisional')}</Typography.Text>}
      </Flex>
      {consequence && !compact && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="consequence">
          {localized(consequence)}
        </Typography.Paragraph>
      )}
    </div>
  );
}
