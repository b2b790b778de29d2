import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UnitPicker } from '@/features/work-orders/components/UnitPicker';
import { lookupItem, PROJECT, unitOf } from '@/features/work-orders/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const U101 = 'd0000000-0000-4000-8000-000000000101';
const U1201 = 'd0000000-0000-4000-8000-000000021201';

describe('UnitPicker', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    saveToken('token-1', 900);
  });

  it('never picks an option of an earlier search: a tap or Enter right after typing "2-1201" takes nothing until its answer arrives', async () => {
    // The answer for "2-1201" comes when the test says so; any other search (or none) answers at once with 1-101.
    let answer: (value?: unknown) => void = () => undefined;
    const slow = new Promise((resolve) => {
      answer = resolve;
    });
    mockFetch([
      { path: `/api/v1/projects/${PROJECT}/unit-lookup`, search: /q=2-1201/, until: slow, body: { items: [lookupItem(U1201, '2-1201')] } },
      { path: `/api/v1/projects/${PROJECT}/unit-lookup`, body: { items: [lookupItem(U101, '1-101')] } },
      // The unit list, for a picker that searches units directly.
      { path: `/api/v1/projects/${PROJECT}/units`, search: /q=2-1201/, until: slow, body: { items: [unitOf(U1201, '2-1201')] } },
      { path: `/api/v1/projects/${PROJECT}/units`, body: { items: [unitOf(U101, '1-101')] } },
    ]);
    const onChange = vi.fn();
    renderWithApp(<UnitPicker projectId={PROJECT} onChange={onChange} aria-label="房号" />);
    const user = userEvent.setup();
    const input = screen.getByRole('combobox');

    await user.type(input, '1-101');
    expect(await screen.findByTitle('1-101')).toBeInTheDocument();

    // Before the search for "2-1201" has answered: a tap on the first option still listed (if any), and Enter.
    await user.clear(input);
    await user.type(input, '2-1201');
    const stale = screen.queryAllByTitle('1-101');
    if (stale[0]) await user.click(stale[0]);
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();

    // Once the search has answered, the matching unit is the one picked.
    answer();
    expect(await screen.findByTitle('2-1201')).toBeInTheDocument();
    expect(screen.queryByTitle('1-101')).not.toBeInTheDocument();
    await user.click(screen.getByTitle('2-1201'));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]?.[0]).toBe(U1201);
  });

  it('finds a unit from a phone number and shows its residents, the matched one first', async () => {
    mockFetch([
      {
        path: `/api/v1/projects/${PROJECT}/unit-lookup`,
        search: /q=13812345678/,
        body: { items: [lookupItem(U1201, '2-1201', [{ id: 'r1', name: '王伟', phone: '138****5678' }], 'PHONE')] },
      },
    ]);
    const onItem = vi.fn();
    renderWithApp(<UnitPicker projectId={PROJECT} onItem={onItem} aria-label="房号" />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), '13812345678');
    const option = await screen.findByTestId('unit-option');
    expect(option).toHaveTextContent('2-1201');
    expect(option).toHaveTextContent('王伟 138****5678');
    await user.click(option);
    await waitFor(() => expect(onItem).toHaveBeenCalledTimes(1));
    expect(onItem.mock.calls[0]?.[0]).toMatchObject({ matchedBy: 'PHONE', matchedResidentIds: ['r1'] });
  });
});
