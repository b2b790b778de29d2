import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf';

/**
 * Two ways to pick files: the camera (`capture`, straight to the phone's camera) and the gallery or file system.
 * Several files at once either way.
 */
export function FilePickButtons({ onFiles, disabled, cameraLabel, fileLabel }: { onFiles: (files: File[]) => void; disabled?: boolean; cameraLabel?: string; fileLabel?: string }) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const take = (input: HTMLInputElement | null) => {
    const files = input?.files ? Array.from(input.files) : [];
    if (input) input.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <Space wrap>
      <Button type="primary" icon={<CameraOutlined />} disabled={disabled} onClick={() => camera.current?.click()} data-testid="take-photo">
        {cameraLabel ?? t('files.upload.camera')}
      </Button>
      <Button icon={<PaperClipOutlined />} disabled={disabled} onClick={() => picker.current?.click()} data-testid="pick-files">
        {fileLabel ?? t('files.upload.pick')}
      </Button>
      <input ref={camera} type="file" accept="image/*" capture="environment" multiple hidden onChange={(e) => take(e.currentTarget)} data-testid="camera-input" />
      <input ref={picker} type="file" accept={ACCEPT} multiple hidden onChange={(e) => take(e.currentTarget)} data-testid="file-input" />
    </Space>
  );
}
