import { Card, Col, Empty, Flex, Image, Row, Segmented, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkOrderAttachments, workOrderAttachmentsQueryKey, type Attachment, type WorkOrderStage } from '@/lib/attachments';
import { AttachmentThumb } from '@/components/files/AttachmentThumb';
import { FilePickButtons } from '@/components/files/FilePickButtons';
import { UploadList } from '@/components/files/UploadList';
import { workOrderPlace } from '@/components/files/pending-uploads';
import { useUploadQueue } from '@/components/files/use-upload-queue';

const STAGES: WorkOrderStage[] = ['BEFORE', 'DURING', 'AFTER', 'OTHER'];

function Tiles({ files }: { files: Attachment[] }) {
  return (
    <Flex wrap gap={8}>
      {files.map((f) => (
        <AttachmentThumb key={f.id} fileId={f.id} hasThumbnail={f.hasThumbnail} contentType={f.contentType} fileName={f.fileName} />
      ))}
    </Flex>
  );
}

/**
 * A work order's photos and files: before and after side by side, then the rest; the viewer pages through all of
 * them. Who may attach picks the stage, takes photos or picks files (several at once); each is compressed and sent
 * on its own, with progress, and a failed one can be retried without losing the others.
 */
export function WorkOrderEvidence({ workOrderId, canAttach, invalidate }: { workOrderId: string; canAttach: boolean; invalidate: readonly unknown[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const files = useWorkOrderAttachments(workOrderId);
  const [stage, setStage] = useState<WorkOrderStage>('BEFORE');
  const onUploaded = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: workOrderAttachmentsQueryKey(workOrderId) });
    void queryClient.invalidateQueries({ queryKey: invalidate });
  }, [invalidate, queryClient, workOrderId]);
  // Photos taken on a slow network survive a reload: kept on the phone until the server has them.
  const queue = useUploadQueue(onUploaded, canAttach ? workOrderPlace(workOrderId) : undefined);
  // Opened from a technician's card (…#evidence): bring the photos into view once they are there.
  const card = useRef<HTMLDivElement>(null);
  const loaded = files.isSuccess;
  useEffect(() => {
    if (loaded && window.location.hash === '#evidence') card.current?.scrollIntoView({ block: 'start' });
  }, [loaded]);
  const all = files.data ?? [];
  const of = (s: WorkOrderStage) => all.filter((f) => f.stage === s);
  const rest = all.filter((f) => f.stage === 'DURING' || f.stage === 'OTHER');

  return (
    <Card ref={card} id="evidence" title={t('files.title')} style={{ marginBottom: 16, scrollMarginTop: 72 }} data-testid="evidence">
      {canAttach && (
        <div style={{ marginBottom: 12 }}>
          <Segmented<WorkOrderStage>
            value={stage}
            onChange={setStage}
            options={STAGES.map((s) => ({ value: s, label: t(`files.stage.${s}`) }))}
            data-testid="stage-picker"
            style={{ marginBottom: 8 }}
          />
          <div>
            <FilePickButtons onFiles={(picked) => queue.add(picked, { kind: 'workOrder', workOrderId, stage })} />
          </div>
          <UploadList items={queue.items} onRetry={(id) => void queue.retry(id)} onDismiss={queue.dismiss} />
        </div>
      )}
      {files.isSuccess && all.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('files.none')} />}
      {all.length > 0 && (
        <Image.PreviewGroup>
          <Row gutter={[12, 12]}>
            {(['BEFORE', 'AFTER'] as const).map((s) => (
              <Col xs={12} key={s} data-testid={`stage-${s}`}>
                <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
                  {t(`files.stage.${s}`)} ({of(s).length})
                </Typography.Text>
                {of(s).length > 0 ? <Tiles files={of(s)} /> : <Typography.Text type="secondary">—</Typography.Text>}
              </Col>
            ))}
            {rest.length > 0 && (
              <Col xs={24}>
                <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
                  {t('files.others')} ({rest.length})
                </Typography.Text>
                <Tiles files={rest} />
              </Col>
            )}
          </Row>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
