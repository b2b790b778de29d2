import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyBuildingResult, SurveyDimensionIndex } from '@/features/surveys/api/get-survey-results';
import { formatIndex, formatRate } from '@/features/surveys/components/format';
import { DIMENSIONS } from '@/features/surveys/components/labels';
import { heatColor } from '@/features/surveys/components/results-charts';

/**
 * Building × dimension: each cell the building's index for that dimension, coloured from red to
 * green, so the weak spots stand out; with each building's response rate and overall index.
 */
export function BuildingHeatmap({ buildings, dimensions }: { buildings: readonly SurveyBuildingResult[]; dimensions: readonly SurveyDimensionIndex[] }) {
  const { t, i18n } = useTranslation();
  const columns = DIMENSIONS.filter((dimension) => dimensions.some((item) => item.dimension === dimension && item.answerCount > 0));
  if (buildings.length === 0) return <Typography.Text type="secondary">{t('surveys.results.noBuildings')}</Typography.Text>;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="sv-heatmap" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col">{t('surveys.invitations.building')}</th>
            <th scope="col">{t('surveys.results.responseRate')}</th>
            <th scope="col">{t('surveys.results.index')}</th>
            {columns.map((dimension) => (
              <th scope="col" key={dimension}>
                {t(`surveys.dimension.${dimension}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {buildings.map((building) => (
            <tr key={building.buildingId} data-testid="heatmap-row">
              <th scope="row">{building.buildingName}</th>
              <td>
                {formatRate(building.responseRate, i18n.language)}
                <Typography.Text type="secondary" style={{ fontSize: 11, display: 'block' }}>
                  {building.responseCount}/{building.invitationCount}
                </Typography.Text>
              </td>
              <td style={{ background: heatColor(building.satisfactionIndex), fontWeight: 600 }}>{formatIndex(building.satisfactionIndex, i18n.language)}</td>
              {columns.map((dimension) => {
                const index = building.dimensions.find((item) => item.dimension === dimension)?.index;
                return (
                  <td key={dimension} style={{ background: heatColor(index) }} title={`${building.buildingName} · ${t(`surveys.dimension.${dimension}`)}`}>
                    {formatIndex(index, i18n.language)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'inline-flex', alignItems: 'center', gap: 6, marginTop: 8 }}>
        50
        <span style={{ display: 'inline-block', width: 120, height: 8, borderRadius: 4, background: `linear-gradient(90deg, ${heatColor(50)}, ${heatColor(75)}, ${heatColor(100)})` }} />
        100 · {t('surveys.results.heatLegend')}
      </Typography.Text>
    </div>
  );
}
