import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { textIn, textLanguageOf } from '@/components/questionnaire/questionnaire';
import type { SurveyQuestionResult } from '@/features/surveys/api/get-survey-results';
import type { SurveyQuestion } from '@/features/surveys/api/list-survey-templates';
import { formatShare } from '@/features/surveys/components/format';
import { DimensionTag } from '@/features/surveys/components/Tags';

/** How a score or an option is read: "4 ★", an NPS "9", a choice's label. */
function useOptionLabel(question: SurveyQuestion | undefined) {
  const { t, i18n } = useTranslation();
  const language = textLanguageOf(i18n.language);
  return (result: SurveyQuestionResult, value: string) => {
    if (result.type === 'RATING_5') return t('surveys.results.stars', { count: Number(value) });
    if (result.type === 'NPS') return value;
    const option = question?.options?.find((candidate) => candidate.value === value);
    return option ? textIn(option.label, language) : value;
  };
}

function Distribution({ result, question }: { result: SurveyQuestionResult; question: SurveyQuestion | undefined }) {
  const { t, i18n } = useTranslation();
  const labelOf = useOptionLabel(question);
  const language = textLanguageOf(i18n.language);
  const most = Math.max(1, ...result.distribution.map((item) => item.count));
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="question-result">
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{textIn(result.text, language)}</Typography.Text>
        <Flex gap={4} wrap align="center">
          <Tag>{t(`surveys.questionType.${result.type}`)}</Tag>
          <DimensionTag dimension={result.dimension} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('surveys.results.answers', { count: result.answerCount })}
            {result.mean !== undefined && ` · ${t('surveys.results.mean', { value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(result.mean) })}`}
          </Typography.Text>
        </Flex>
      </Flex>
      {result.type === 'TEXT' ? (
        <Typography.Text type="secondary">{t('surveys.results.textInLibrary')}</Typography.Text>
      ) : (
        <Flex vertical gap={4}>
          {result.distribution.map((item) => (
            <Flex key={item.value} align="center" gap={8} data-testid="distribution-row">
              <Typography.Text style={{ width: result.type === 'NPS' ? 24 : 96, flex: 'none', fontSize: 13 }} ellipsis>
                {labelOf(result, item.value)}
              </Typography.Text>
              <div className="sv-bar-track" style={{ flex: 1 }}>
                <div className="sv-bar-fill" style={{ width: `${String((item.count / most) * 100)}%` }} />
              </div>
              <Typography.Text style={{ width: 72, flex: 'none', textAlign: 'right', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                {item.count} · {formatShare(item.count, result.answerCount, i18n.language)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** Every question's answers: score or option counts with bars; text answers are in the opinion library. */
export function QuestionDistributions({ results, questions }: { results: readonly SurveyQuestionResult[]; questions: readonly SurveyQuestion[] }) {
  return (
    <Row gutter={[12, 12]}>
      {results.map((result) => (
        <Col key={result.questionId} xs={24} md={12} xxl={8}>
          <Distribution result={result} question={questions.find((question) => question.id === result.questionId)} />
        </Col>
      ))}
    </Row>
  );
}
