import { DeleteOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Flex, Grid, Input, List, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '@/components/QueryErrorResult';
import { useWorkingCalendar, type CalendarDay } from '@/features/work-orders/api/get-working-calendar';
import { useReplaceWorkingCalendar } from '@/features/work-orders/api/replace-working-calendar';
import { addDays } from '@/lib/dates';
import { FormProblem } from '@/components/FormProblem';
import { CalendarImport } from '@/features/work-orders/components/CalendarImport';
import { CalendarMonth, DAY_STYLES, useDateFormat } from '@/features/work-orders/components/CalendarMonth';
import { setNote, toggleDay, toSavedDays, workingDayCount, type DayKind } from '@/features/work-orders/components/working-calendar';
import { isApiError, type FieldError } from '@/lib/problem';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const SOURCE_COLORS = { PROJECT: 'purple', OFFICIAL: 'green', WEEKDAYS: 'orange' } as const;
const ARROWS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * A project's working calendar for one year: twelve month grids where a click (or Enter/Space; the
 * arrow keys move) turns a weekday into a holiday and a weekend day into a make-up working day, and
 * back. The exceptions are listed with their notes; MANAGER and ADMIN save the year (PUT).
 */
export function WorkingCalendarEditor({
  projectId,
  year,
  onYearChange,
  canEdit,
}: {
  projectId: string;
  year: number;
  onYearChange: (year: number) => void;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const calendar = useWorkingCalendar(projectId, year);
  const replace = useReplaceWorkingCalendar(projectId);
  const saved = calendar.data && calendar.data.year === year ? calendar.data.days : undefined;
  const [draft, setDraft] = useState<CalendarDay[] | undefined>();
  const [focused, setFocused] = useState(`${year}-01-01`);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const grid = useRef<HTMLDivElement>(null);
  const shortDate = useDateFormat({ month: 'short', day: 'numeric', weekday: 'short' });
  const monthName = useDateFormat({ month: 'long' });

  useEffect(() => {
    setDraft(saved ? [...saved] : undefined);
    setFocused(`${year}-01-01`);
    setUnmatched([]);
    replace.reset();
    // Start over from the server's copy whenever another year (or a fresh copy) arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved, year]);

  const days = useMemo(() => draft ?? [], [draft]);
  const exceptions = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  const dirty = saved !== undefined && JSON.stringify(toSavedDays(saved)) !== JSON.stringify(toSavedDays(days));

  const changeYear = (next: number) => {
    if (!dirty) return onYearChange(next);
    modal.confirm({
      title: t('workOrders.calendar.discardTitle'),
      content: t('workOrders.calendar.discardDetail', { year }),
      okText: t('workOrders.calendar.discardOk'),
      cancelText: t('common.cancel'),
      onOk: () => onYearChange(next),
    });
  };

  const toggle = (date: string) => {
    if (!canEdit) return;
    setDraft(toggleDay(days, date));
  };

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = ARROWS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = addDays((event.target as HTMLElement).dataset.date ?? focused, step);
    if (!next.startsWith(String(year))) return;
    setFocused(next);
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${next}"]`)?.focus();
  };

  const save = async () => {
    setUnmatched([]);
    try {
      await replace.mutateAsync({ year, days: toSavedDays(days) });
      void message.success(t('workOrders.calendar.saved', { year }));
    } catch (error) {
      // Errors name list positions (days[3].date): show them by their date.
      if (isApiError(error) && error.status === 400) {
        setUnmatched(
          error.fieldErrors.map((item) => {
            const index = /days\[(\d+)\]/.exec(item.field)?.[1];
            const date = index === undefined ? undefined : days[Number(index)]?.date;
            return date ? { ...item, field: date } : item;
          }),
        );
      }
    }
  };

  if (calendar.isError) return <QueryErrorResult error={calendar.error} onRetry={() => void calendar.refetch()} />;

  const holidays = days.filter((day) => !day.working).length;
  const makeups = days.length - holidays;
  const cell = phone ? 40 : 30;
  const kindLabel = (kind: DayKind) => t(`workOrders.calendar.kind.${kind}`);

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space>
          <Button icon={<LeftOutlined />} aria-label={t('workOrders.calendar.previousYear')} onClick={() => changeYear(year - 1)} disabled={year <= 2000} />
          <Typography.Title level={4} style={{ margin: 0, minWidth: 64, textAlign: 'center' }} data-testid="calendar-year">
            {year}
          </Typography.Title>
          <Button icon={<RightOutlined />} aria-label={t('workOrders.calendar.nextYear')} onClick={() => changeYear(year + 1)} disabled={year >= 2100} />
        </Space>
        {canEdit && (
          <Space wrap>
            <CalendarImport projectId={projectId} year={year} disabled={dirty} />
            <Button onClick={() => setDraft(saved ? [...saved] : [])} disabled={!dirty}>
              {t('workOrders.slaSettings.discard')}
            </Button>
            <Button type="primary" onClick={() => void save()} loading={replace.isPending} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Space>
        )}
      </Flex>
      {!canEdit && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('workOrders.slaSettings.readOnly')} />}
      <FormProblem error={replace.error} unmatched={unmatched} />
      {calendar.data?.source === 'WEEKDAYS' && calendar.data.year === year && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('workOrders.calendarImport.noSchedule', { year })} />
      )}
      {!draft ? (
        <Skeleton active />
      ) : (
        <>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Typography.Text strong data-testid="working-day-count">
              {t('workOrders.calendar.summary', { count: workingDayCount(year, days), holidays, makeups })}
            </Typography.Text>
            {calendar.data?.source && <Tag color={SOURCE_COLORS[calendar.data.source]} data-testid="calendar-source">{t(`workOrders.calendarImport.source.${calendar.data.source}`)}</Tag>}
            {(['working', 'weekend', 'holiday', 'makeup'] as const).map((kind) => (
              <Tag key={kind} style={{ background: DAY_STYLES[kind].background, color: DAY_STYLES[kind].color, borderColor: DAY_STYLES[kind].border }}>
                {kindLabel(kind)}
              </Tag>
            ))}
          </Flex>
          {canEdit && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('workOrders.calendar.hint')}
            </Typography.Paragraph>
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={18}>
              <div ref={grid} onKeyDown={onGridKey} role="group" aria-label={t('workOrders.calendar.yearGrid', { year })}>
                <Row gutter={[16, 16]}>
                  {MONTHS.map((month) => (
                    <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
                      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                        {monthName(`${year}-${String(month).padStart(2, '0')}-01`)}
                      </Typography.Text>
                      <CalendarMonth
                        year={year}
                        month={month}
                        exceptions={exceptions}
                        focused={focused}
                        cell={cell}
                        canEdit={canEdit}
                        onToggle={toggle}
                        onFocusDay={setFocused}
                      />
                    </Col>
                  ))}
                </Row>
              </div>
            </Col>
            <Col xs={24} xl={6}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('workOrders.calendar.exceptions', { count: days.length })}
              </Typography.Title>
              {days.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workOrders.calendar.noExceptions')} />
              ) : (
                <List
                  size="small"
                  dataSource={days}
                  data-testid="calendar-exceptions"
                  renderItem={(day) => (
                    <List.Item
                      style={{ paddingInline: 0 }}
                      actions={
                        canEdit
                          ? [
                              <Button
                                key="remove"
                                type="text"
                                size="small"
                                icon={<DeleteOutlined />}
                                aria-label={t('workOrders.calendar.remove', { date: shortDate(day.date) })}
                                onClick={() => toggle(day.date)}
                              />,
                            ]
                          : undefined
                      }
                    >
                      <Flex vertical gap={4} style={{ width: '100%' }}>
                        <Space size={4}>
                          <Tag color={day.working ? 'blue' : 'red'}>{kindLabel(day.working ? 'makeup' : 'holiday')}</Tag>
                          <Typography.Text>{shortDate(day.date)}</Typography.Text>
                        </Space>
                        {canEdit ? (
                          <Input
                            size="small"
                            value={day.note ?? ''}
                            maxLength={100}
                            placeholder={t('workOrders.calendar.notePlaceholder')}
                            aria-label={t('workOrders.calendar.noteFor', { date: shortDate(day.date) })}
                            onChange={(event) => setDraft(setNote(days, day.date, event.target.value))}
                          />
                        ) : (
                          day.note && <Typography.Text type="secondary">{day.note}</Typography.Text>
                        )}
                      </Flex>
                    </List.Item>
                  )}
                />
              )}
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
