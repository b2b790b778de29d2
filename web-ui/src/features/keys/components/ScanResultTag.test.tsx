import { Button } from 'antd';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScanResultTag } from '@/features/keys/components/ScanResultTag';
import { renderWithApp, setTestLanguage } from '@/testing/render';

describe('ScanResultTag and the app theme', () => {
  beforeEach(async () => setTestLanguage('zh-CN'));

  it('draws "已扫描过" in a preset colour (not the white-on-white of an unknown colour)', async () => {
    renderWithApp(<ScanResultTag result="ALREADY_SCANNED" />);
    const tag = await screen.findByTestId('scan-result');
    expect(tag).toHaveTextContent('已扫描过');
    expect(tag.className).toContain('ant-tag-processing');
    expect(tag.getAttribute('style') ?? '').not.toContain('background');
  });

  it('writes two-character buttons without a space ("派单", not "派 单")', async () => {
    renderWithApp(<Button>派单</Button>);
    expect((await screen.findByRole('button')).textContent).toBe('派单');
  });
});
