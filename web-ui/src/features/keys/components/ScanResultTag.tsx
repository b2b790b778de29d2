import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyStocktakeScanResultType } from '@/features/keys/api/scan-key-stocktake';
import { SCAN_RESULT_COLORS } from '@/features/keys/components/labels';

export function ScanResultTag({ result }: { result: KeyStocktakeScanResultType }) {
  const { t } = useTranslation();
  return (
    <Tag color={SCAN_RESULT_COLORS[result]} data-testid="scan-result">
      {t(`keys.scanResult.${result}`)}
    </Tag>
  );
}
