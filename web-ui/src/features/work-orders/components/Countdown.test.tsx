import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Countdown } from '@/features/work-orders/components/Countdown';
import { currentDue } from '@/features/work-orders/components/sla';
import { workOrder } from '@/features/work-orders/testing/fixtures';
import { renderWithApp, setTestLanguage } from '@/testing/render';

const NOW = Date.parse('2026-11-23T08:00:00Z');

describe('SLA countdown', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('says how long is left, in Chinese', async () => {
    renderWithApp(<Countdown dueAt="2026-11-23T09:20:30Z" now={NOW} />);
    expect(await screen.findByText('剩余 1 小时 20 分钟')).toBeInTheDocument();
  });

  it('says how long it is overdue, in English', async () => {
    await setTestLanguage('en');
    renderWithApp(<Countdown dueAt="2026-11-23T07:25:00Z" now={NOW} />);
    expect(await screen.findByText('overdue by 35 min')).toBeInTheDocument();
  });

  it('watches the response until someone is on site, then the resolution; nothing once done', () => {
    expect(currentDue(workOrder({ status: 'ASSIGNED' }))?.kind).toBe('response');
    expect(currentDue(workOrder({ status: 'IN_PROGRESS' }))?.kind).toBe('resolution');
    expect(currentDue(workOrder({ status: 'COMPLETED' }))).toBeUndefined();
  });
});
