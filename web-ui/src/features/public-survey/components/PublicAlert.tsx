import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import ExclamationCircleFilled from '@ant-design/icons-svg/es/asn/ExclamationCircleFilled';
import { SvgIcon } from '@/components/SvgIcon';

/** A message box above the submit button (Ant Design's alert look, without its runtime). */
export function PublicAlert({ type, message, description, testId }: { type: 'error' | 'warning'; message: string; description?: string | undefined; testId?: string }) {
  return (
    <div className={`ps-alert ps-alert-${type}`} role="alert" data-testid={testId}>
      <SvgIcon icon={type === 'error' ? CloseCircleFilled : ExclamationCircleFilled} className="ps-alert-icon" />
      <div>
        <div className="ps-alert-message">{message}</div>
        {description && <div className="ps-alert-description">{description}</div>}
      </div>
    </div>
  );
}
