import { Empty, Image, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentThumb } from '@/components/files/AttachmentThumb';
import { useWorkOrderEvents, type WorkOrderEvent } from '@/features/work-orders/api/list-work-order-events';
import { useWorkOrderAttachments, type Attachment } from '@/lib/attachments';
import { StatusTag, useCategoryLabel } from '@/features/work-orders/components/Tags';
import { useFormatDateTime } from '@/components/TimeZone';
import { useActorName } from '@/lib/actors';

const COLORS: Partial<Record<WorkOrderEvent['type'], string>> = {
  CREATED: 'blue',
  COMPLETED: 'green',
  RETURN_VISITED: 'green',
  REOPENED: 'red',
  CANCELLED: 'gray',
  HELD: 'orange',
  COMMENTED: 'gray',
};

/** An edit's changes in the user's language ("标题: 旧 → 新"), instead of the API's English note. */
function EditedFields({ changes }: { changes: NonNullable<WorkOrderEvent['changes']> }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const value = (field: string, raw: string | undefined) => {
    if (raw === undefined || raw === '') return '—';
    if (field === 'category') return categoryLabel(raw);
    if (field === 'priority') return t(`workOrders.priority.${raw}`, { defaultValue: raw });
    return raw;
  };
  return (
    <div style={{ marginTop: 4 }} data-testid="edited-fields">
      {changes.map((change) => (
        <Typography.Paragraph key={change.field} style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true, symbol: t('common.more') }}>
          <Typography.Text type="secondary">{t(`workOrders.fields.${change.field === 'unitId' ? 'unit' : change.field}`, { defaultValue: change.field })}: </Typography.Text>
          {/* A unit change carries ids, which say nothing to a person; the field's name is enough. */}
          {change.field !== 'unitId' && `${value(change.field, change.from)} → ${value(change.field, change.to)}`}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

/** Whom a dispatch went to (改派: from whom), and the score a return visit recorded. */
function EventSubject({ event }: { event: WorkOrderEvent }) {
  const { t } = useTranslation();
  const change = (field: string) => event.changes?.find((candidate) => candidate.field === field);
  const assignee = event.type === 'ASSIGNED' ? change('assigneeId') : undefined;
  if (assignee?.toLabel) {
    return (
      <Typography.Text style={{ display: 'block' }} data-testid="event-subject">
        {assignee.fromLabel && assignee.fromLabel !== assignee.toLabel
          ? t('workOrders.timeline.reassigned', { from: assignee.fromLabel, to: assignee.toLabel })
          : t('workOrders.timeline.assignedTo', { name: assignee.toLabel })}
      </Typography.Text>
    );
  }
  const score = event.type === 'RETURN_VISITED' ? change('satisfaction')?.to : undefined;
  if (score) {
    return (
      <Typography.Text style={{ display: 'block' }} type={Number(score) <= 2 ? 'danger' : undefined} data-testid="event-subject">
        {t('workOrders.timeline.score', { score })}
      </Typography.Text>
    );
  }
  return null;
}

/** An upload on the timeline: its stage and the thumbnail (the viewer opens the picture). */
function AddedFile({ event, files }: { event: WorkOrderEvent; files: Attachment[] | undefined }) {
  const { t } = useTranslation();
  const fileId = event.changes?.find((candidate) => candidate.field === 'attachment')?.to;
  const stage = event.changes?.find((candidate) => candidate.field === 'stage')?.to;
  const file = files?.find((candidate) => candidate.id === fileId);
  return (
    <div style={{ marginTop: 4 }} data-testid="event-attachment">
      {stage && <Tag>{t(`files.stage.${stage}`, { defaultValue: stage })}</Tag>}
      {file && <AttachmentThumb fileId={file.id} hasThumbnail={file.hasThumbnail} contentType={file.contentType} fileName={file.fileName} size={64} />}
    </div>
  );
}

/** The order's history, oldest first: what, who, when, the note (an edit's changes) and any status change. */
export function WorkOrderTimeline({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const actorName = useActorName();
  const events = useWorkOrderEvents(workOrderId);
  const files = useWorkOrderAttachments(workOrderId);
  if (events.isPending) return <Skeleton active />;
  if (events.isError || events.data.length === 0) return <Empty />;
  return (
    <Image.PreviewGroup>
    <Timeline
      data-testid="timeline"
      items={events.data.map((event) => ({
        key: event.id,
        color: COLORS[event.type] ?? 'blue',
        children: (
          <div>
            <Typography.Text strong>{t(`workOrders.event.${event.type}`)}</Typography.Text>{' '}
            {event.fromStatus && event.toStatus && (
              <span>
                <StatusTag status={event.fromStatus} />→ <StatusTag status={event.toStatus} />
              </span>
            )}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {actorName(event.actorId, event.actorName)} · {formatTime(event.at)}
            </Typography.Text>
            <EventSubject event={event} />
            {event.type === 'ATTACHMENT_ADDED' && <AddedFile event={event} files={files.data} />}
            {event.type === 'UPDATED' && event.changes && event.changes.length > 0 ? (
              <EditedFields changes={event.changes} />
            ) : (
              event.note && (
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {/* Breach entries carry a machine key (RESPONSE / RESOLUTION) rather than words. */}
                  {event.type === 'SLA_BREACHED' ? t(`workOrders.breach.${event.note}`) : event.note}
                </Typography.Paragraph>
              )
            )}
          </div>
        ),
      }))}
    />
    </Image.PreviewGroup>
  );
}
