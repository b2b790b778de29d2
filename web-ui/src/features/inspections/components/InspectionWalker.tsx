import { CheckOutlined, LeftOutlined, RightOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Progress, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ItemCard } from '@/features/inspections/components/ItemCard';
import { useLocalized } from '@/features/inspections/components/labels';
import { SaveStatus } from '@/features/inspections/components/SaveStatus';
import { ScoreHeadline } from '@/features/inspections/components/ScoreHeadline';
import { computeScore } from '@/features/inspections/components/scoring';
import { SubmitDialog } from '@/features/inspections/components/SubmitDialog';
import type { useInspectionDraft } from '@/features/inspections/components/use-inspection-draft';
import { useUpdateSearchParams } from '@/lib/search-params';
import '@/features/inspections/components/inspections.css';

type Draft = ReturnType<typeof useInspectionDraft>;

/**
 * The inspector's checklist, section by section (the section is in the URL, so a reload comes back to it): big
 * answer buttons per check point, the running score and grade always in view with where the answers are (saved, on
 * their way, kept on this phone), "the rest of this section is met" for speed, and submit with a confirmation.
 */
export function InspectionWalker({ draft, onSubmitted }: { draft: Draft; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const [confirming, setConfirming] = useState(false);
  const inspection = draft.inspection;
  const sections = inspection?.template.sections ?? [];
  const index = Math.min(Math.max(0, Number(params.get('section') ?? 0) || 0), Math.max(0, sections.length - 1));
  const section = sections[index];
  const score = useMemo(() => computeScore(inspection?.template ?? { sections: [] }, draft.results), [inspection, draft.results]);
  const serverResults = useMemo(() => new Map((inspection?.results ?? []).map((result) => [result.checkPointId, result])), [inspection]);
  if (!inspection || !section) return null;

  const go = (next: number) => {
    update({ section: next === 0 ? undefined : String(next) }, { replace: false });
    window.scrollTo({ top: 0 });
  };
  const sectionProgress = (i: number) => {
    const checkPoints = sections[i]?.items.flatMap((item) => item.checkPoints) ?? [];
    return { answered: checkPoints.filter((checkPoint) => draft.results.get(checkPoint.id)?.status).length, total: checkPoints.length };
  };
  const unansweredHere = section.items.flatMap((item) => item.checkPoints).filter((checkPoint) => !draft.results.get(checkPoint.id)?.status);
  const consequence = score.grade === inspection.score.grade ? inspection.score.consequence : inspection.template.consequences[score.grade === 'EXCELLENT' ? 'excellent' : score.grade === 'GOOD' ? 'good' : 'fail'];
  const last = index === sections.length - 1;

  return (
    <div className="insp-walker">
      <div className="insp-scorebar" data-testid="score-bar">
        <Flex justify="space-between" align="center" gap={8} wrap>
          <ScoreHeadline total={score.total} grade={score.grade} teamBonus={score.teamBonus} compact />
          <SaveStatus state={draft.saveState} error={draft.saveError} pending={draft.pendingCount} />
        </Flex>
        <Flex align="center" gap={8}>
          <Progress percent={Math.round((score.answered / Math.max(1, score.checkPoints)) * 100)} showInfo={false} size="small" style={{ flex: 1, margin: 0 }} />
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="answered-count">
            {t('inspections.walk.progress', { answered: score.answered, total: score.checkPoints, findings: score.findings })}
          </Typography.Text>
        </Flex>
      </div>

      {draft.saveState === 'error' && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('inspections.save.errorTitle')} description={t('inspections.save.errorDetail')} />}

      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {t('inspections.fields.location')}
        </Typography.Text>
        <Input value={draft.location} onChange={(event) => draft.setLocation(event.target.value)} maxLength={200} aria-label={t('inspections.fields.location')} data-testid="walk-location" />
      </Card>

      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<number>
          value={index}
          onChange={go}
          options={sections.map((candidate, i) => {
            const progress = sectionProgress(i);
            return {
              value: i,
              label: (
                <span data-testid={`section-tab-${candidate.code}`}>
                  {localized(candidate.name)}{' '}
                  <Typography.Text type={progress.answered === progress.total ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
                    {progress.answered}/{progress.total}
                  </Typography.Text>
                </span>
              ),
            };
          })}
          data-testid="section-tabs"
        />
      </div>

      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="section-title">
          {t('inspections.walk.sectionOf', { number: index + 1, count: sections.length })} · {localized(section.name)}
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400, marginInlineStart: 8 }}>
            {t('inspections.walk.weight', { weight: section.weightPercent })}
          </Typography.Text>
        </Typography.Title>
        <Button
          icon={<CheckOutlined />}
          disabled={unansweredHere.length === 0}
          onClick={() => unansweredHere.forEach((checkPoint) => draft.setResult({ checkPointId: checkPoint.id, status: 'MET' }))}
          data-testid="rest-met"
        >
          {t('inspections.walk.restMet', { count: unansweredHere.length })}
        </Button>
      </Flex>

      <Flex vertical gap={12}>
        {section.items.map((item) => (
          <ItemCard key={item.id} inspectionId={inspection.id} item={item} score={score.items.get(item.id)} results={draft.results} serverResults={serverResults} onChange={draft.setResult} />
        ))}
      </Flex>

      {last && (
        <Card size="small" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
            {t('inspections.fields.summary')}
          </Typography.Text>
          <Input.TextArea value={draft.summary} onChange={(event) => draft.setSummary(event.target.value)} maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} aria-label={t('inspections.fields.summary')} data-testid="walk-summary" />
        </Card>
      )}

      <Flex justify="space-between" gap={8} className="insp-walk-nav">
        <Button size="large" icon={<LeftOutlined />} disabled={index === 0} onClick={() => go(index - 1)} data-testid="previous-section">
          {t('inspections.walk.previous')}
        </Button>
        {last ? (
          <Button size="large" type="primary" icon={<SendOutlined />} onClick={() => setConfirming(true)} data-testid="submit-inspection">
            {t('inspections.walk.submit')}
          </Button>
        ) : (
          <Button size="large" type="primary" onClick={() => go(index + 1)} data-testid="next-section">
            {t('inspections.walk.next')} <RightOutlined />
          </Button>
        )}
      </Flex>

      <SubmitDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        score={score}
        consequence={consequence}
        firstUnanswered={sections.findIndex((_, i) => sectionProgress(i).answered < sectionProgress(i).total)}
        onGoTo={(sectionIndex) => {
          setConfirming(false);
          go(sectionIndex);
        }}
        submit={draft.submit}
        onSubmitted={onSubmitted}
      />
    </div>
  );
}
