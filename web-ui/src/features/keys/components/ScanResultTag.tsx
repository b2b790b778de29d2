import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyStocktakeScanResultType } from '@/features/keys/api/scan-key-stocktake';
import { SCAN_RESULT_COLORS } from '@/features/keys/components/labels';

export function ScanResultTag({ result }: { result: KeyStocktakeScanResultType }) {
  const { t } = useTranslation();
  const color = SCAN_RESULT_COLORS[result];
  return (
    // 'info' is an Alert type but no Tag preset (a Tag draws it white on white): the Tag's blue is 'processing'.
    <Tag color={color === 'info' ? 'processing' : color} data-testid="scan-result">
      {t(`keys.scanResult.${result}`)}
    </Tag>
  );
}
