import { FilePdfOutlined, PictureOutlined } from '@ant-design/icons';
import { Image, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileUrl } from '@/lib/attachments';

const SIZE = 96;

/**
 * One file as a tile: a photo's thumbnail that opens the full picture in the viewer (zoom, rotate; inside an
 * Image.PreviewGroup, swipe or arrows to the next), a PDF or a HEIC photo as a link that opens it.
 */
export function AttachmentThumb({ fileId, hasThumbnail, contentType, fileName, size = SIZE }: { fileId: string; hasThumbnail: boolean; contentType: string; fileName: string; size?: number }) {
  const { t } = useTranslation();
  const [wantFull, setWantFull] = useState(false);
  const thumb = useFileUrl(fileId, 'thumbnail', hasThumbnail);
  const full = useFileUrl(fileId, 'file', wantFull || !hasThumbnail);
  if (!hasThumbnail) {
    const Icon = contentType === 'application/pdf' ? FilePdfOutlined : PictureOutlined;
    return (
      <a href={full.data} target="_blank" rel="noopener noreferrer" title={fileName} data-testid="attachment-file"
        style={{ width: size, height: size, display: 'inline-flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', border: '1px solid #d9d9d9', borderRadius: 6, padding: 4 }}>
        <Icon style={{ fontSize: 28 }} />
        <Typography.Text ellipsis style={{ fontSize: 11, maxWidth: size - 8 }}>
          {fileName}
        </Typography.Text>
      </a>
    );
  }
  if (!thumb.data) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return (
    <Image
      width={size}
      height={size}
      style={{ objectFit: 'cover', borderRadius: 6 }}
      src={thumb.data}
      alt={fileName}
      data-testid="attachment-thumb"
      preview={{ src: full.data ?? thumb.data, onVisibleChange: (visible) => visible && setWantFull(true), mask: t('files.view') }}
    />
  );
}
