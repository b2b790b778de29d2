import { useQueryClient } from '@tanstack/react-query';
import { Flex, Image } from 'antd';
import { useCallback } from 'react';
import { AttachmentThumb } from '@/components/files/AttachmentThumb';
import { FilePickButtons } from '@/components/files/FilePickButtons';
import { UploadList } from '@/components/files/UploadList';
import { targetKey } from '@/components/files/pending-uploads';
import { useUploadQueue } from '@/components/files/use-upload-queue';
import { inspectionsQueryKey } from '@/features/inspections/api/keys';
import { inspectionResultAttachmentsQueryKey, useInspectionResultAttachments, type InspectionStage } from '@/lib/attachments';

/**
 * A finding's photos: thumbnails that open the viewer, and — for who may add them — the phone's camera or a file,
 * each photo compressed and sent on its own with progress and retry (the shared upload pieces). `stage` BEFORE is the
 * inspector's evidence, AFTER the re-inspection's.
 */
export function FindingPhotos({
  inspectionId,
  resultId,
  photoCount,
  canAdd = false,
  stage = 'BEFORE',
  size = 72,
  cameraLabel,
  only,
}: {
  inspectionId: string;
  resultId: string;
  photoCount: number;
  canAdd?: boolean;
  stage?: InspectionStage;
  size?: number;
  cameraLabel?: string;
  /** Show only the photos of this stage (the report lists as found and after apart). */
  only?: InspectionStage;
}) {
  const queryClient = useQueryClient();
  const files = useInspectionResultAttachments(inspectionId, resultId, photoCount > 0 || canAdd);
  const onUploaded = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: inspectionResultAttachmentsQueryKey(inspectionId, resultId) });
    void queryClient.invalidateQueries({ queryKey: inspectionsQueryKey });
  }, [inspectionId, queryClient, resultId]);
  // Photos taken on a slow network survive a reload: kept on the phone until the server has them.
  const queue = useUploadQueue(onUploaded, canAdd ? targetKey({ kind: 'inspectionResult', inspectionId, resultId, stage }) : undefined);
  const shown = (files.data ?? []).filter((file) => !only || file.stage === only);
  return (
    <div data-testid="finding-photos">
      {shown.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={6} style={{ marginBottom: canAdd ? 8 : 0 }}>
            {shown.map((file) => (
              <AttachmentThumb key={file.id} fileId={file.id} hasThumbnail={file.hasThumbnail} contentType={file.contentType} fileName={file.fileName} size={size} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {canAdd && (
        <>
          <FilePickButtons onFiles={(picked) => queue.add(picked, { kind: 'inspectionResult', inspectionId, resultId, stage })} cameraLabel={cameraLabel} />
          <UploadList items={queue.items} onRetry={(id) => void queue.retry(id)} onDismiss={queue.dismiss} />
        </>
      )}
    </div>
  );
}
