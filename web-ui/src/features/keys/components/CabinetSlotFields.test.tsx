import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { beforeEach, describe, expect, it } from 'vitest';
import { CabinetSlotFields } from '@/features/keys/components/CabinetSlotFields';
import { CABINET, PROJECT } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const cabinet = { id: CABINET, projectId: PROJECT, name: '1号钥匙柜', slots: 5, usedSlots: 3, occupiedSlots: [1, 2, 4], keyCount: 3, createdAt: '2026-08-25T00:00:00Z' };

function Fields({ own }: { own?: { cabinetId: string; slot: number } }) {
  const [form] = Form.useForm();
  return (
    <Form form={form} layout="vertical" initialValues={own}>
      <CabinetSlotFields projectId={PROJECT} own={own} />
    </Form>
  );
}

describe('CabinetSlotFields', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('proposes the first free slot of the chosen cabinet and refuses one that holds another key', async () => {
    mockFetch([{ path: '/api/v1/key-cabinets', body: { items: [cabinet] } }]);
    renderWithApp(<Fields />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('钥匙柜'));
    await user.click(await screen.findByText('1号钥匙柜 (已用 3/5)'));
    const slot = screen.getByLabelText('位号');
    await waitFor(() => expect(slot).toHaveValue('3'));
    expect(screen.getByText('1–5，还有 2 个空位')).toBeInTheDocument();

    await user.clear(slot);
    await user.type(slot, '4');
    await user.tab();
    expect(await screen.findByText('4 号位已放有其他钥匙')).toBeInTheDocument();
  });

  it('counts the key’s own slot as free when it is edited', async () => {
    mockFetch([{ path: '/api/v1/key-cabinets', body: { items: [cabinet] } }]);
    renderWithApp(<Fields own={{ cabinetId: CABINET, slot: 4 }} />);
    const user = userEvent.setup();
    expect(await screen.findByText('1–5，还有 3 个空位')).toBeInTheDocument();
    const slot = screen.getByLabelText('位号');
    await user.clear(slot);
    await user.type(slot, '2');
    await user.tab();
    expect(await screen.findByText('2 号位已放有其他钥匙')).toBeInTheDocument();
  });
});
