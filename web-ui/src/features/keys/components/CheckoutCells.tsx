import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyCheckout } from '@/features/keys/api/check-out-key';

/** What a checkout row shows on the overdue boards (overdue now, and the late checkouts of a period). */

export function Borrower({ checkout }: { checkout: KeyCheckout }) {
  return (
    <span>
      {checkout.borrowerName}
      {checkout.borrowerCompany && <Typography.Text type="secondary"> · {checkout.borrowerCompany}</Typography.Text>}
    </span>
  );
}

/** Whom to call: the checkout carries the borrower's phone (a staff member's from their account). */
export function Phone({ phone }: { phone: string | undefined }) {
  if (!phone) return <>—</>;
  return (
    <a href={`tel:${phone}`} style={{ whiteSpace: 'nowrap' }}>
      {phone}
    </a>
  );
}

/** The key's code (a link to the key) and what it opens; larger on a phone's card. */
export function CheckoutKey({ checkout, large = false }: { checkout: KeyCheckout; large?: boolean }) {
  return (
    <span style={large ? undefined : { whiteSpace: 'nowrap' }}>
      <Link to={`/keys/${checkout.keyId}`} style={{ fontFamily: 'monospace', ...(large ? { fontSize: 16 } : {}) }}>
        {checkout.keyCode}
      </Link>
      {checkout.keyLabel && <Typography.Text type="secondary"> · {checkout.keyLabel}</Typography.Text>}
    </span>
  );
}

/** The purpose, and the work order it was for (a link). */
export function CheckoutPurpose({ checkout }: { checkout: KeyCheckout }) {
  const { t } = useTranslation();
  return (
    <span>
      {checkout.purpose}
      {checkout.workOrderId && (
        <>
          {' · '}
          <Link to={`/work-orders/${checkout.workOrderId}`} style={{ fontFamily: 'monospace' }}>
            {checkout.workOrderCode ?? t('keys.checkout.workOrder')}
          </Link>
        </>
      )}
    </span>
  );
}

/** 归还: to the desk with the key's code, for who may take keys back. */
export function ReturnAtDesk({ checkout }: { checkout: KeyCheckout }) {
  const { t } = useTranslation();
  return (
    <Link to={`/keys/desk?code=${encodeURIComponent(checkout.keyCode)}`}>
      <Button size="small">{t('keys.actions.RETURN')}</Button>
    </Link>
  );
}
