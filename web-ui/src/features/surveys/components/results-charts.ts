import type { SurveyDimensionIndex } from '@/features/surveys/api/get-survey-results';
import type { ChartOption } from '@/features/surveys/components/Chart';
import { DIMENSIONS } from '@/features/surveys/components/labels';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const FONT = { fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" };
const BLUE = '#1677ff';
const GREY = '#bfbfbf';

/** The traffic-light bands of a satisfaction index: below 60 poor, 60–80 fair, 80–90 good, 90+ excellent. */
export const INDEX_BANDS: [number, string][] = [
  [0.6, '#ff7875'],
  [0.8, '#ffc53d'],
  [0.9, '#95de64'],
  [1, '#52c41a'],
];

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The overall satisfaction index as a 0–100 gauge. */
export function gaugeOption(index: number | undefined, locale: string): ChartOption {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    textStyle: FONT,
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        radius: '92%',
        center: ['50%', '60%'],
        startAngle: 200,
        endAngle: -20,
        splitNumber: 5,
        axisLine: { lineStyle: { width: 14, color: INDEX_BANDS } },
        pointer: { show: index !== undefined, width: 5, length: '60%', itemStyle: { color: '#595959' } },
        axisTick: { show: false },
        splitLine: { length: 10, lineStyle: { color: '#fff', width: 2 } },
        axisLabel: { distance: 18, fontSize: 11, color: '#8c8c8c' },
        anchor: { show: index !== undefined, size: 10, itemStyle: { color: '#595959' } },
        detail: { valueAnimation: false, offsetCenter: [0, '38%'], fontSize: 28, fontWeight: 600, color: '#262626', formatter: (value: number) => (index === undefined ? '—' : format.format(value)) },
        data: [{ value: index ?? 0 }],
      },
    ],
  };
}

/**
 * Each dimension's index as a horizontal bar, with the previous campaign's beside it when there is
 * one (its index is this one's minus the change). Dimensions without answers are left out.
 */
export function dimensionOption(dimensions: readonly SurveyDimensionIndex[], t: Translate, { hasPrevious }: { hasPrevious: boolean }): ChartOption {
  const shown = DIMENSIONS.flatMap((dimension) => {
    const item = dimensions.find((candidate) => candidate.dimension === dimension);
    return item?.index !== undefined ? [{ ...item, index: item.index }] : [];
  }).reverse(); // the first dimension on top
  const current = t('surveys.results.thisCampaign');
  const previous = t('surveys.results.previousCampaign');
  return {
    textStyle: FONT,
    color: hasPrevious ? [GREY, BLUE] : [BLUE],
    legend: hasPrevious ? { top: 0, data: [previous, current] } : { show: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 8, right: 40, top: hasPrevious ? 28 : 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, splitNumber: 5 },
    yAxis: { type: 'category', data: shown.map((item) => t(`surveys.dimension.${item.dimension}`)), axisTick: { show: false } },
    series: [
      ...(hasPrevious
        ? [
            {
              type: 'bar' as const,
              name: previous,
              barMaxWidth: 12,
              data: shown.map((item) => (item.change === undefined ? null : round1(item.index - item.change))),
            },
          ]
        : []),
      {
        type: 'bar' as const,
        name: current,
        barMaxWidth: 16,
        label: { show: true, position: 'right', fontSize: 11, formatter: '{c}' },
        data: shown.map((item) => item.index),
      },
    ],
  };
}

/** A light background for an index on the heat map: red (≤ 50) through yellow to green (100). */
export function heatColor(index: number | undefined): string {
  if (index === undefined) return '#fafafa';
  const share = Math.min(1, Math.max(0, (index - 50) / 50));
  return `hsl(${String(Math.round(share * 120))}, 75%, 86%)`;
}
