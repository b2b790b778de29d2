import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SlaBlock } from '@/features/work-orders/components/SlaBlock';
import { workOrder } from '@/features/work-orders/testing/fixtures';
import { renderWithApp, setTestLanguage } from '@/testing/render';

describe('SlaBlock', () => {
  beforeEach(async () => setTestLanguage('zh-CN'));

  it('says a response was on time as 按时响应, and a resolution as 按时完成', async () => {
    const base = workOrder();
    const respondedAt = new Date(Date.parse(base.sla.responseDueAt) - 60 * 60_000).toISOString();
    const completedAt = new Date(Date.parse(base.sla.resolutionDueAt) + 60 * 60_000).toISOString();
    renderWithApp(<SlaBlock order={{ ...base, status: 'COMPLETED', sla: { ...base.sla, respondedAt, completedAt, resolutionBreached: true } }} />);
    const block = await screen.findByTestId('sla-block');
    expect(block).toHaveTextContent('按时响应');
    expect(block).toHaveTextContent('超时完成');
    expect(block).not.toHaveTextContent('按时完成');
  });
});
