import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '@/components/TimeZone';
import { FindingPhotos } from '@/features/inspections/components/FindingPhotos';
import { points, RectificationStatusTag, useLocalized } from '@/features/inspections/components/labels';
import type { Finding } from '@/features/inspections/components/RaiseRectificationDialog';
import type { FindingRow } from '@/features/inspections/components/rubric';

/**
 * Every deduction of an inspection: where (section › item), the check point, the points taken off, the inspector's
 * note and photos, and its rectification (status, work order, deadline) — or, for who may, "raise a rectification" —
 * and, on a unit's patrol, its REPAIR order (or "report a repair").
 * The detail page and the printed report (`printable`: no buttons, photos as found and after) share it.
 */
export function FindingList({
  inspectionId,
  findings,
  onRaise,
  onRepair,
  printable = false,
}: {
  inspectionId: string;
  findings: FindingRow[];
  onRaise?: ((finding: Finding) => void) | undefined;
  /** A patrol of a unit's task: a finding may raise a REPAIR order for the unit. */
  onRepair?: ((finding: Finding) => void) | undefined;
  printable?: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatTime = useFormatDateTime();
  if (findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.detail.noFindings')} />;
  return (
    <Flex vertical gap={12}>
      {findings.map(({ section, item, checkPoint, result }, index) => {
        const rectification = result.rectification;
        return (
          <div key={result.id} className="insp-finding-row" data-testid="finding" data-code={checkPoint.code}>
            <Flex justify="space-between" gap={8} wrap>
              <div style={{ minWidth: 0, flex: '1 1 320px' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {index + 1}. {localized(section.name)} › {localized(item.name)}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                    {checkPoint.code}
                  </Typography.Text>
                  <Typography.Text strong>{localized(checkPoint.text)}</Typography.Text>
                </div>
                {result.note && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{result.note}</Typography.Paragraph>}
              </div>
              <Typography.Text type="danger" strong style={{ whiteSpace: 'nowrap' }} data-testid="finding-deduction">
                {item.kind === 'PASS_FAIL' ? t('inspections.detail.itemFailed', { points: points(item.maxPoints) }) : `−${points(result.deduction)}`}
              </Typography.Text>
            </Flex>
            {result.photoCount > 0 && (
              <div style={{ marginTop: 8 }}>
                <FindingPhotos inspectionId={inspectionId} resultId={result.id} photoCount={result.photoCount} size={printable ? 110 : 72} />
              </div>
            )}
            <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
              {rectification ? (
                <span data-testid="finding-rectification">
                  <RectificationStatusTag status={rectification.status} />
                  {rectification.workOrderCode &&
                    (printable ? (
                      <Typography.Text style={{ fontFamily: 'monospace' }}>{rectification.workOrderCode}</Typography.Text>
                    ) : (
                      <Link to={`/work-orders/${rectification.workOrderId}`} style={{ fontFamily: 'monospace' }}>
                        {rectification.workOrderCode}
                      </Link>
                    ))}{' '}
                  <Typography.Text type="secondary">
                    {t('inspections.detail.dueAt', { time: formatTime(rectification.dueAt) })}
                    {rectification.rounds > 1 ? ` · ${t('inspections.detail.rounds', { count: rectification.rounds })}` : ''}
                  </Typography.Text>
                </span>
              ) : (
                !printable && (
                  <>
                    <Typography.Text type="secondary">{t('inspections.detail.noRectification')}</Typography.Text>
                    {onRaise && (
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        onClick={() => onRaise({ resultId: result.id, code: checkPoint.code, text: localized(checkPoint.text), deduction: result.deduction, note: result.note })}
                        data-testid="raise-rectification"
                      >
                        {t('inspections.detail.raise')}
                      </Button>
                    )}
                  </>
                )
              )}
              {printable && !rectification && <Typography.Text type="secondary">{t('inspections.detail.noRectification')}</Typography.Text>}
              {result.repairWorkOrderId ? (
                <span data-testid="finding-repair">
                  <Typography.Text type="secondary">{t('inspections.repair.order')} </Typography.Text>
                  {printable ? (
                    <Typography.Text style={{ fontFamily: 'monospace' }}>{result.repairWorkOrderCode}</Typography.Text>
                  ) : (
                    <Link to={`/work-orders/${result.repairWorkOrderId}`} style={{ fontFamily: 'monospace' }}>
                      {result.repairWorkOrderCode}
                    </Link>
                  )}
                </span>
              ) : (
                !printable &&
                onRepair && (
                  <Button size="small" onClick={() => onRepair({ resultId: result.id, code: checkPoint.code, text: localized(checkPoint.text), note: result.note })} data-testid="raise-repair">
                    {t('inspections.repair.raise')}
                  </Button>
                )
              )}
            </Flex>
          </div>
        );
      })}
    </Flex>
  );
}
