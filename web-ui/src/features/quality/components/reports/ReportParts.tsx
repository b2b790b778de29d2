import { LeftOutlined, PrinterOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '@/components/TimeZone';
import { XlsxDownloadButton } from '@/components/XlsxDownloadButton';
import { Chart, type ChartOption } from '@/features/quality/components/Chart';
import { periodDays, shiftPeriod, type PeriodKind } from '@/features/quality/components/periods';
import type { Schemas } from '@/lib/api/client';
import type { ReportFile, ReportLanguage } from '@/lib/download';

/** ‹ period (its days) › — steps one period back or forward, not past the running one. */
export function PeriodStepper({ kind, period, latest, onChange }: { kind: PeriodKind; period: string; latest: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const days = periodDays(kind, period);
  const next = shiftPeriod(kind, period, 1);
  return (
    <span className="qr-period" data-testid="report-period">
      <Button icon={<LeftOutlined />} aria-label={t('quality.reports.previousPeriod')} onClick={() => onChange(shiftPeriod(kind, period, -1))} />
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        {period}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
        {t('quality.reports.days', { first: days.first.slice(5), last: days.last.slice(5) })}
      </Typography.Text>
      <Button icon={<RightOutlined />} aria-label={t('quality.reports.nextPeriod')} disabled={next > latest} onClick={() => onChange(next)} />
    </span>
  );
}

/** The toolbar over a report (hidden when printed): the period, Excel and Print. */
export function ReportToolbar({ stepper, fetchFile, ready }: { stepper: ReactNode; fetchFile: (lang: ReportLanguage) => Promise<ReportFile>; ready: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" gap={8} wrap className="insp-report-toolbar">
      {stepper}
      <Flex gap={8} wrap>
        <XlsxDownloadButton fetchFile={fetchFile} testId="report-xlsx" />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!ready}>
          {t('quality.reports.print')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The A4 sheet of a report: heading with the project and days, the sections, and a footer with the times. */
export function ReportSheet({ title, period, kind, label, children }: { title: string; period: Schemas['ReportPeriod']; kind: PeriodKind; label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const days = periodDays(kind, label);
  const running = Date.parse(period.asOf) < Date.parse(period.to);
  return (
    <article className="insp-report qr-report" data-testid="quality-report">
      <header className="insp-report-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {period.projectName} · {t('quality.reports.days', days)}
        </Typography.Text>
      </header>
      {running && <Typography.Paragraph type="warning">{t('quality.reports.running')}</Typography.Paragraph>}
      {children}
      <footer className="insp-report-foot">
        <span>{t('quality.reports.asOf', { time: formatTime(period.asOf) })}</span>
        <span>
          {t('quality.reports.printedAt')}: {formatTime(new Date().toISOString())}
        </span>
      </footer>
    </article>
  );
}

/** A headline number; with a drill link when given. */
export function Tile({ label, value, to, testId }: { label: string; value: ReactNode; to?: string | undefined; testId?: string }) {
  return (
    <div className="qr-tile" data-testid={testId}>
      <div className="qr-tile-label">{label}</div>
      <div className="qr-tile-value">{to ? <Link to={to}>{value}</Link> : value}</div>
    </div>
  );
}

/**
 * A chart that prints: no animation (the print snapshot shows it drawn), SVG scaled to the paper's column (reports.css:
 * the drawing keeps the width it had on screen, its viewBox lets it shrink), a caption above.
 */
export function ReportChart({ title, option, height = 200 }: { title: string; option: ChartOption; height?: number }) {
  return (
    <div className="qr-chart">
      <div className="qr-chart-title">{title}</div>
      <Chart option={{ animation: false, ...option }} height={height} label={title} />
    </div>
  );
}

/** A section of the sheet with its heading. */
export function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <section>
      <Typography.Title level={5}>{title}</Typography.Title>
      {note && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Paragraph>
      )}
      {children}
    </section>
  );
}

/** A work order's code as a link to it. */
export function OrderLink({ id, code }: { id: string; code: string }) {
  return (
    <Link to={`/work-orders/${id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {code}
    </Link>
  );
}
