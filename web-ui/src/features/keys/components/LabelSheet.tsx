import { QRCode } from 'antd';
import type { Key } from '@/features/keys/api/list-keys';
import { keyTarget, useKeyPlace } from '@/features/keys/components/KeyTags';
import '@/features/keys/components/label-sheet.css';

/**
 * Printable key labels: per key its code in letters and as a QR code (an SVG, sharp on paper), what
 * it opens and where it hangs. A scanner reading the QR code types the code, as at the desk.
 */
export function LabelSheet({ keys }: { keys: readonly Key[] }) {
  const placeOf = useKeyPlace();
  return (
    <div className="key-labels" data-testid="label-sheet">
      {keys.map((key) => (
        <div className="key-label" key={key.id} data-testid="key-label">
          <QRCode value={key.code} type="svg" size={96} bordered={false} errorLevel="M" style={{ padding: 0, flex: 'none' }} />
          <div className="key-label-text">
            <div className="key-label-code">{key.code}</div>
            <div className="key-label-target">{keyTarget(key)}</div>
            <div className="key-label-place">{placeOf(key)}</div>
          </div>
        </div>
      ))}
    </div>
  );
}
