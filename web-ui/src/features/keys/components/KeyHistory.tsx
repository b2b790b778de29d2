import { Empty, Skeleton, Timeline, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useKeyEvents, type KeyEvent } from '@/features/keys/api/list-key-events';
import { EVENT_COLORS } from '@/features/keys/components/labels';
import { useFormatDateTime } from '@/components/TimeZone';
import { useActorName } from '@/lib/actors';

/** A SHA-256 in hex, short enough to read: 3f2a9c…d41e. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 6)}…${hash.slice(-4)}` : hash;
}

/** A detail's value in words: times in the user's zone, types, roles, conditions and scan results translated. */
function useDetailValue() {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  return (name: string, value: string): string => {
    if (name === 'dueAt') return formatTime(value);
    if (name === 'type') return t(`keys.type.${value}`, { defaultValue: value });
    if (name === 'condition') return t(`keys.condition.${value}`, { defaultValue: value });
    if (name === 'result') return t(`keys.scanResult.${value}`, { defaultValue: value });
    if (name === 'late') return value === 'true' ? t('keys.yes') : t('keys.no');
    if (name === 'allowedRoles') return value ? value.split(',').map((role) => t(`roles.${role}`, { defaultValue: role })).join(t('keys.listSeparator')) : '—';
    return value;
  };
}

function EventDetails({ event }: { event: KeyEvent }) {
  const { t } = useTranslation();
  const valueOf = useDetailValue();
  const entries = Object.entries(event.details ?? {});
  if (entries.length === 0 && !event.note) return null;
  return (
    <div style={{ margin: '4px 0 0' }}>
      {entries.map(([name, value]) => (
        <Typography.Text key={name} style={{ display: 'block', fontSize: 13 }}>
          <Typography.Text type="secondary">{t(`keys.eventDetail.${name}`, { defaultValue: name })}:</Typography.Text> {valueOf(name, value)}
        </Typography.Text>
      ))}
      {event.note && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{event.note}</Typography.Paragraph>}
    </div>
  );
}

/**
 * The key's custody history, oldest first: what, who, when and the details, with each entry's place
 * in the project's ledger and its hash (the entry that broke the chain, if any, in red).
 */
export function KeyHistory({ keyId, brokenEventId }: { keyId: string; brokenEventId?: string | undefined }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const actorName = useActorName();
  const events = useKeyEvents(keyId);
  if (events.isPending) return <Skeleton active />;
  if (events.isError || events.data.length === 0) return <Empty />;
  return (
    <Timeline
      data-testid="key-history"
      items={events.data.map((event) => {
        const broken = event.id === brokenEventId;
        return {
          key: event.id,
          color: broken ? 'red' : (EVENT_COLORS[event.type] ?? 'blue'),
          children: (
            <div data-testid={broken ? 'history-broken' : 'history-entry'}>
              <Typography.Text strong type={broken ? 'danger' : undefined}>
                {t(`keys.event.${event.type}`)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {actorName(event.actorId, event.actorName)} · {formatTime(event.at)}
              </Typography.Text>
              <EventDetails event={event} />
              <Typography.Text type={broken ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 11, fontFamily: 'monospace' }}>
                #{event.seq} ·{' '}
                <Tooltip title={event.hash}>
                  <span>{shortHash(event.hash)}</span>
                </Tooltip>{' '}
                ←{' '}
                <Tooltip title={event.prevHash}>
                  <span>{shortHash(event.prevHash)}</span>
                </Tooltip>
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}
