import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Key } from '@/features/keys/api/list-keys';
import { DueTime } from '@/features/keys/components/DueTime';
import { formatDuration } from '@/lib/duration';
import { useFormatDateTime } from '@/components/TimeZone';

/** The custody rules that govern lending this key, in words (the API enforces them). */
export function KeyRules({ keyItem }: { keyItem: Key }) {
  const { t } = useTranslation();
  const rules = [
    t('keys.rules.maxLoan', { time: formatDuration(keyItem.maxLoanMinutes * 60_000, t) }),
    ...(keyItem.type === 'UNIT' ? [t('keys.rules.ownerAuthorization'), t('keys.rules.workOrderRequired')] : []),
    ...(keyItem.type === 'EQUIPMENT_ROOM' || keyItem.type === 'VEHICLE' ? [t('keys.rules.staffOrContractor')] : []),
    t('keys.rules.secondPerson'),
  ];
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="key-rules">
      {rules.map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ul>
  );
}

/** The owner's authorization (委托书) of a UNIT key: valid or not, and who may receive the key. */
export function DepositSummary({ keyItem }: { keyItem: Key }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const deposit = keyItem.deposit;
  if (keyItem.type !== 'UNIT') return null;
  if (!deposit) return <Alert type="warning" showIcon message={t('keys.deposit.none')} data-testid="deposit-none" />;
  return (
    <div data-testid="deposit">
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        {deposit.valid ? (
          <Tag icon={<CheckCircleFilled />} color="success">
            {t('keys.deposit.valid')}
          </Tag>
        ) : (
          <Tag icon={<CloseCircleFilled />} color="error">
            {t('keys.deposit.invalid')}
          </Tag>
        )}
        <Typography.Text type="secondary">{t('keys.deposit.validUntil', { date: deposit.validUntil })}</Typography.Text>
      </Flex>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('keys.deposit.allowedReceivers')}>
          {[...deposit.allowedRoles.map((role) => t(`roles.${role}`)), ...(deposit.allowedContractor ? [deposit.allowedContractor] : [])].join(t('keys.listSeparator')) ||
            '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('keys.deposit.authorizationRef')}>{deposit.authorizationRef}</Descriptions.Item>
        <Descriptions.Item label={t('keys.deposit.depositor')}>
          {deposit.depositorName}
          {' · '}
          <span style={{ whiteSpace: 'nowrap' }}>{deposit.depositorPhone}</span>
        </Descriptions.Item>
        {deposit.ownerContact && <Descriptions.Item label={t('keys.deposit.ownerContact')}>{deposit.ownerContact}</Descriptions.Item>}
        <Descriptions.Item label={t('keys.deposit.depositedAt')}>
          {formatTime(deposit.depositedAt)} · {deposit.receivedByName}
        </Descriptions.Item>
        {deposit.note && <Descriptions.Item label={t('keys.deposit.note')}>{deposit.note}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}

/** Who has the key now, since when, until when, for what. */
export function LoanSummary({ keyItem, now }: { keyItem: Key; now: number }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const loan = keyItem.openCheckout;
  if (!loan) return null;
  return (
    <Descriptions size="small" column={1} data-testid="loan">
      <Descriptions.Item label={t('keys.fields.holder')}>
        {loan.borrowerName}
        {loan.borrowerCompany ? ` · ${loan.borrowerCompany}` : ''}
        {loan.borrowerPhone && (
          <>
            {' · '}
            <a href={`tel:${loan.borrowerPhone}`} style={{ whiteSpace: 'nowrap' }}>
              {loan.borrowerPhone}
            </a>
          </>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('keys.checkout.purpose')}>{loan.purpose}</Descriptions.Item>
      {loan.workOrderId && (
        <Descriptions.Item label={t('keys.checkout.workOrder')}>
          <Link to={`/work-orders/${loan.workOrderId}`} style={{ fontFamily: 'monospace' }}>
            {loan.workOrderCode ?? loan.workOrderId}
          </Link>
        </Descriptions.Item>
      )}
      {loan.emergency && (
        <Descriptions.Item label={t('keys.checkout.emergency')}>
          <Tag color="red">{t('keys.checkout.emergency')}</Tag> {loan.emergencyReason}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('keys.checkout.checkedOutAt')}>
        {formatTime(loan.checkedOutAt)} · {t('keys.checkout.issuedBy', { name: loan.issuedByName })} ·{' '}
        {t('keys.checkout.approvedBy', { name: loan.approvedByName })}
      </Descriptions.Item>
      <Descriptions.Item label={t('keys.fields.dueAt')}>
        <DueTime dueAt={loan.dueAt} now={now} />
      </Descriptions.Item>
    </Descriptions>
  );
}
