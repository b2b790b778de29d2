import { Alert, Checkbox, Flex, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyInvitationRequest } from '@/features/surveys/api/create-survey-invitations';
import type { SurveyInvitationProgress } from '@/features/surveys/api/list-survey-invitations';
import { linkCounts } from '@/features/surveys/components/links';

const TEST_ID = { 'data-testid': 'confirm-generate' } as Record<`data-${string}`, string>;

/**
 * "Generate links", asked first: which buildings (all by default), how many units get a new link, how many keep
 * theirs, and — only when the manager ticks "replace" — a warning that those buildings' printed links stop working.
 */
export function GenerateLinksDialog({
  open,
  progress,
  pending,
  onCancel,
  onGenerate,
}: {
  open: boolean;
  progress: SurveyInvitationProgress | undefined;
  pending: boolean;
  onCancel: () => void;
  onGenerate: (request: SurveyInvitationRequest) => void;
}) {
  const { t } = useTranslation();
  const buildings = useMemo(() => progress?.buildings ?? [], [progress]);
  // undefined: every building (the default, and what a building added later to the list would join).
  const [chosen, setChosen] = useState<string[] | undefined>();
  const [replace, setReplace] = useState(false);
  const selected = chosen ?? buildings.map((building) => building.buildingId);
  const all = selected.length === buildings.length;
  const counts = linkCounts(progress?.units ?? [], selected);
  const byBuilding = (buildingId: string) => linkCounts(progress?.units ?? [], [buildingId]);
  const willMake = replace ? counts.fresh + counts.existing : counts.fresh;

  return (
    <Modal
      open={open}
      title={t('surveys.generate.title')}
      width={600}
      destroyOnHidden
      afterClose={() => {
        setChosen(undefined);
        setReplace(false);
      }}
      onCancel={onCancel}
      onOk={() => onGenerate({ ...(all ? {} : { buildingIds: selected }), replace })}
      okText={replace ? t('surveys.generate.replaceAndGenerate', { count: willMake }) : t('surveys.generate.generate', { count: willMake })}
      okButtonProps={{ danger: replace, disabled: willMake === 0 || selected.length === 0, loading: pending, ...TEST_ID }}
      cancelText={t('common.cancel')}
      data-testid="generate-dialog"
    >
      <Typography.Paragraph type="secondary">{t('surveys.generate.intro')}</Typography.Paragraph>
      <Typography.Text strong>{t('surveys.generate.buildings')}</Typography.Text>
      <div className="sv-generate-buildings">
        <Checkbox
          checked={all}
          indeterminate={selected.length > 0 && !all}
          onChange={(event) => setChosen(event.target.checked ? undefined : [])}
          data-testid="generate-all-buildings"
        >
          {t('surveys.generate.allBuildings', { count: buildings.length })}
        </Checkbox>
        {buildings.map((building) => {
          const own = byBuilding(building.buildingId);
          return (
            <Checkbox
              key={building.buildingId}
              checked={selected.includes(building.buildingId)}
              onChange={(event) =>
                setChosen(event.target.checked ? [...selected, building.buildingId] : selected.filter((id) => id !== building.buildingId))
              }
              className="sv-generate-building"
              data-testid="generate-building"
            >
              <Flex gap={8} wrap align="baseline">
                <span>{building.buildingName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('surveys.generate.buildingCounts', own)}
                </Typography.Text>
              </Flex>
            </Checkbox>
          );
        })}
      </div>
      {selected.length === 0 ? (
        <Alert type="warning" showIcon message={t('surveys.generate.noBuilding')} />
      ) : (
        <Alert
          type={willMake === 0 ? 'warning' : 'info'}
          showIcon
          data-testid="generate-summary"
          message={
            <>
              <div>{t('surveys.generate.summaryNew', { count: willMake })}</div>
              {!replace && counts.existing > 0 && <div>{t('surveys.generate.summaryKept', { count: counts.existing })}</div>}
              {counts.answered > 0 && <div>{t('surveys.generate.summaryAnswered', { count: counts.answered })}</div>}
              {willMake === 0 && !replace && <div>{t('surveys.generate.nothingNew')}</div>}
            </>
          }
        />
      )}
      <div style={{ marginTop: 16 }}>
        <Checkbox checked={replace} onChange={(event) => setReplace(event.target.checked)} data-testid="replace-links">
          {t('surveys.generate.replace')}
        </Checkbox>
      </div>
      {replace && (
        <Alert
          type={counts.existing > 0 ? 'error' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          data-testid="replace-warning"
          message={counts.existing > 0 ? t('surveys.generate.replaceWarning', { count: counts.existing }) : t('surveys.generate.replaceNothing')}
        />
      )}
    </Modal>
  );
}
