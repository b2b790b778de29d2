import type { QualityFigure } from '@/features/quality/api/get-quality-overview';

/** How a figure is shown: a rate (0–1 → %), minutes, a 1–5 mean, a 0–100 index, a count or per 100 units. */
export type Kind = 'rate' | 'minutes' | 'mean' | 'index' | 'count' | 'per100';

/** Each figure's kind and whether more is better (for the arrows and the heat map's colours). */
export const METRICS: Record<string, { kind: Kind; higherIsBetter: boolean }> = {
  ordersRegistered: { kind: 'count', higherIsBetter: true },
  responseOnTimeRate: { kind: 'rate', higherIsBetter: true },
  resolutionOnTimeRate: { kind: 'rate', higherIsBetter: true },
  meanResponseMinutes: { kind: 'minutes', higherIsBetter: false },
  p90ResponseMinutes: { kind: 'minutes', higherIsBetter: false },
  meanResolutionMinutes: { kind: 'minutes', higherIsBetter: false },
  p90ResolutionMinutes: { kind: 'minutes', higherIsBetter: false },
  reworkRate: { kind: 'rate', higherIsBetter: false },
  returnVisitCoverage: { kind: 'rate', higherIsBetter: true },
  returnVisitOnTimeRate: { kind: 'rate', higherIsBetter: true },
  meanSatisfaction: { kind: 'mean', higherIsBetter: true },
  complaints: { kind: 'count', higherIsBetter: false },
  complaintsPer100Units: { kind: 'per100', higherIsBetter: false },
  surveyIndex: { kind: 'index', higherIsBetter: true },
  surveyNps: { kind: 'index', higherIsBetter: true },
  keysOverdue: { kind: 'count', higherIsBetter: false },
  keysLost: { kind: 'count', higherIsBetter: false },
  inspectionScore: { kind: 'index', higherIsBetter: true },
  rectificationRate: { kind: 'rate', higherIsBetter: true },
  rectificationOnTimeRate: { kind: 'rate', higherIsBetter: true },
  rectificationsOverdue: { kind: 'count', higherIsBetter: false },
  openComplaints: { kind: 'count', higherIsBetter: false },
  openComplaintsUnder1Day: { kind: 'count', higherIsBetter: false },
  openComplaints1To3Days: { kind: 'count', higherIsBetter: false },
  openComplaints3To7Days: { kind: 'count', higherIsBetter: false },
  openComplaintsOver7Days: { kind: 'count', higherIsBetter: false },
  openComplaintsMeanAgeDays: { kind: 'count', higherIsBetter: false },
  surveyCustomerService: { kind: 'index', higherIsBetter: true },
  surveyEngineering: { kind: 'index', higherIsBetter: true },
  surveyCleaning: { kind: 'index', higherIsBetter: true },
  surveyLandscaping: { kind: 'index', higherIsBetter: true },
  surveySecurity: { kind: 'index', higherIsBetter: true },
  surveyParking: { kind: 'index', higherIsBetter: true },
  surveyCommunity: { kind: 'index', higherIsBetter: true },
  surveyOverall: { kind: 'index', higherIsBetter: true },
  inspectionTasksDue: { kind: 'count', higherIsBetter: true },
  missedInspections: { kind: 'count', higherIsBetter: false },
  missedInspectionRate: { kind: 'rate', higherIsBetter: false },
};

/** The survey's dimension figures: shown on the cards only when the period's campaigns rate that dimension. */
export const SURVEY_DIMENSIONS = [
  'surveyCustomerService',
  'surveyEngineering',
  'surveyCleaning',
  'surveyLandscaping',
  'surveySecurity',
  'surveyParking',
  'surveyCommunity',
  'surveyOverall',
] as const;

/** Complaint ageing (open complaints now by age), shown as one card with its buckets. */
export const AGE_BUCKETS = ['openComplaintsUnder1Day', 'openComplaints1To3Days', 'openComplaints3To7Days', 'openComplaintsOver7Days'] as const;

/** The KPI cards, in this order. */
export const KPIS = [
  'resolutionOnTimeRate',
  'meanResponseMinutes',
  'reworkRate',
  'returnVisitCoverage',
  'meanSatisfaction',
  'complaintsPer100Units',
  'surveyIndex',
  'surveyNps',
  'openComplaints',
  'openComplaintsMeanAgeDays',
  'keysOverdue',
  'keysLost',
  'inspectionScore',
  'missedInspections',
  'missedInspectionRate',
  'rectificationRate',
  'rectificationOnTimeRate',
  'rectificationsOverdue',
] as const;

/** The cards' figures: the KPIS, the survey's dimensions after its index (those the period's campaigns rated). */
export function kpiKeys(figures: readonly QualityFigure[]): string[] {
  const rated = new Set(figures.filter((f) => f.value !== undefined && f.value !== null).map((f) => f.key));
  return KPIS.flatMap((key) => (key === 'surveyIndex' ? [key, ...SURVEY_DIMENSIONS.filter((d) => rated.has(d))] : [key]));
}

/** Why a figure has no value: no survey opened in the period, or nothing to count. */
export function noValueReason(key: string): 'noSurvey' | 'noData' {
  return key.startsWith('survey') ? 'noSurvey' : 'noData';
}

/** The heat map's columns (buildings × these). */
export const HEAT_METRICS = [
  'resolutionOnTimeRate',
  'responseOnTimeRate',
  'reworkRate',
  'returnVisitCoverage',
  'meanSatisfaction',
  'complaintsPer100Units',
  'openComplaints',
  'surveyIndex',
] as const;

/** The trend's choice of figures. */
export const TREND_METRICS = ['resolutionOnTimeRate', 'responseOnTimeRate', 'meanResponseMinutes', 'reworkRate', 'complaintsPer100Units', 'meanSatisfaction', 'surveyIndex', 'surveyNps', 'inspectionScore', 'missedInspectionRate', 'rectificationRate', 'ordersRegistered'] as const;

export function formatValue(key: string, value: number | undefined, locale: string): string {
  if (value === undefined || value === null) return '—';
  const kind = METRICS[key]?.kind ?? 'count';
  const n = (v: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
  switch (kind) {
    case 'rate':
      return `${n(value * 100, 1)}%`;
    case 'minutes':
      return n(value, 1);
    case 'mean':
      return n(value, 2);
    default:
      return n(value, 1);
  }
}

/** Better, worse or the same as the previous period (undefined without one). */
export function trendOf(figure: QualityFigure): 'better' | 'worse' | 'same' | undefined {
  if (figure.change === undefined || figure.change === null || figure.previous === undefined || figure.previous === null) return undefined;
  if (Math.abs(figure.change) < 1e-9) return 'same';
  const up = figure.change > 0;
  return up === (METRICS[figure.key]?.higherIsBetter ?? true) ? 'better' : 'worse';
}

/** 0 (worst) … 1 (best) of a value among a column's values, for the heat map; undefined without a value. */
export function heat(key: string, value: number | undefined, column: readonly (number | undefined)[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const known = column.filter((v): v is number => v !== undefined && v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  if (max === min) return 0.5;
  const share = (value - min) / (max - min);
  return (METRICS[key]?.higherIsBetter ?? true) ? share : 1 - share;
}
