import { CheckOutlined, CloseOutlined, MinusOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Slider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionResultInput } from '@/features/inspections/api/save-inspection-results';
import { FindingPhotos } from '@/features/inspections/components/FindingPhotos';
import { points, useLocalized } from '@/features/inspections/components/labels';
import { clampDeduction } from '@/features/inspections/components/scoring';
import type { EffectiveResult } from '@/features/inspections/components/use-inspection-draft';
import type { Schemas } from '@/lib/api/client';

type CheckPoint = Schemas['InspectionCheckPoint'];
type Status = Schemas['InspectionResultStatus'];

const CHOICES: { status: Status; icon: React.ReactNode; color: string }[] = [
  { status: 'MET', icon: <CheckOutlined />, color: '#389e0d' },
  { status: 'MISSING', icon: <CloseOutlined />, color: '#cf1322' },
  { status: 'NOT_APPLICABLE', icon: <StopOutlined />, color: '#595959' },
];

export const NOTE_MAX = 2000;

/** The step of a deduction range: tenths, or hundredths' fives when the range is written so (0.25–0.75). */
function stepOf(min: number, max: number): number {
  return Number.isInteger(min * 10) && Number.isInteger(max * 10) ? 0.1 : 0.05;
}

/**
 * One check point as the inspector answers it on a phone: three big buttons (符合 / 缺项 / 不适用); a missing one
 * on a SCORED item takes its deduction within the range (a stepper with − and + and a slider), and every missing one a
 * note and photos from the camera.
 */
export function CheckPointAnswer({
  inspectionId,
  resultId,
  photoCount,
  checkPoint,
  scored,
  answer,
  onChange,
}: {
  inspectionId: string;
  resultId: string | undefined;
  photoCount: number;
  checkPoint: CheckPoint;
  scored: boolean;
  answer: EffectiveResult | undefined;
  onChange: (input: InspectionResultInput) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const min = checkPoint.deductionMin ?? 0;
  const max = checkPoint.deductionMax ?? 0;
  const status = answer?.status;
  const note = answer?.note ?? '';
  const set = (next: Status, deduction?: number, nextNote: string = note) =>
    onChange({
      checkPointId: checkPoint.id,
      status: next,
      ...(next === 'MISSING' && scored ? { deduction: clampDeduction(deduction ?? answer?.deduction ?? min, min, max) } : {}),
      ...(nextNote.trim() ? { note: nextNote } : {}),
    });
  const deduction = answer?.deduction ?? min;
  const step = stepOf(min, max);

  return (
    <div className="insp-checkpoint" data-testid="checkpoint" data-code={checkPoint.code} data-status={status ?? 'UNANSWERED'}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
          {checkPoint.code}
        </Typography.Text>
        {localized(checkPoint.text)}
        {scored && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {t('inspections.walk.range', { min: points(min), max: points(max) })}
          </Typography.Text>
        )}
      </Typography.Paragraph>
      <Flex gap={8} role="radiogroup" aria-label={localized(checkPoint.text)}>
        {CHOICES.map((choice) => {
          const chosen = status === choice.status;
          return (
            <Button
              key={choice.status}
              role="radio"
              aria-checked={chosen}
              icon={choice.icon}
              size="large"
              className="insp-choice"
              style={chosen ? { background: choice.color, borderColor: choice.color, color: '#fff' } : undefined}
              onClick={() => set(choice.status)}
              data-testid={`answer-${choice.status}`}
            >
              {t(`inspections.result.${choice.status}`)}
            </Button>
          );
        })}
      </Flex>
      {status === 'MISSING' && (
        <div className="insp-finding" data-testid="finding-editor">
          {scored && (
            <>
              <Flex align="center" gap={8} wrap>
                <Typography.Text strong>{t('inspections.walk.deduction')}</Typography.Text>
                <Button size="large" icon={<MinusOutlined />} aria-label={t('inspections.walk.less')} disabled={deduction <= min} onClick={() => set('MISSING', deduction - step)} data-testid="deduction-less" />
                <InputNumber
                  size="large"
                  min={min}
                  max={max}
                  step={step}
                  precision={2}
                  value={deduction}
                  onChange={(value) => value !== null && set('MISSING', value)}
                  aria-label={t('inspections.walk.deduction')}
                  style={{ width: 96 }}
                  data-testid="deduction-input"
                />
                <Button size="large" icon={<PlusOutlined />} aria-label={t('inspections.walk.more')} disabled={deduction >= max} onClick={() => set('MISSING', deduction + step)} data-testid="deduction-more" />
              </Flex>
              {max > min && <Slider min={min} max={max} step={step} value={deduction} onChange={(value) => set('MISSING', value)} tooltip={{ formatter: (value) => points(value) }} style={{ margin: '12px 8px 4px' }} />}
            </>
          )}
          <Input.TextArea
            value={note}
            onChange={(event) => set('MISSING', undefined, event.target.value)}
            placeholder={t('inspections.walk.notePlaceholder')}
            aria-label={t('inspections.walk.note')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={NOTE_MAX}
            style={{ margin: '8px 0' }}
            data-testid="finding-note"
          />
          {resultId && <FindingPhotos inspectionId={inspectionId} resultId={resultId} photoCount={photoCount} canAdd cameraLabel={t('inspections.walk.photo')} />}
        </div>
      )}
    </div>
  );
}
