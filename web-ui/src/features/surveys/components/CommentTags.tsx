import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyComment } from '@/features/surveys/api/list-survey-comments';
import { useUpdateSurveyComment } from '@/features/surveys/api/update-survey-comment';

const MAX_TAGS = 10;
const TAG_MAX_LENGTH = 30;

/** A comment's tags; those who handle comments edit them in place (saved with the comment's version). */
export function CommentTags({ comment, editable, suggestions }: { comment: SurveyComment; editable: boolean; suggestions: readonly string[] }) {
  const { t } = useTranslation();
  const update = useUpdateSurveyComment();
  const [editing, setEditing] = useState(false);
  const [tags, setTags] = useState<string[]>(comment.tags);

  if (!editing) {
    return (
      <Flex gap={4} wrap align="center" data-testid="comment-tags">
        {comment.tags.map((tag) => (
          <Tag key={tag} color="purple" style={{ marginInlineEnd: 0 }}>
            {tag}
          </Tag>
        ))}
        {editable && (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => {
              setTags(comment.tags);
              setEditing(true);
            }}
            data-testid="edit-tags"
          >
            {comment.tags.length === 0 ? t('surveys.comments.addTags') : t('surveys.comments.editTags')}
          </Button>
        )}
      </Flex>
    );
  }

  const save = async () => {
    const cleaned = [...new Set(tags.map((tag) => tag.trim().slice(0, TAG_MAX_LENGTH)).filter(Boolean))].slice(0, MAX_TAGS);
    try {
      await update.mutateAsync({ comment, tags: cleaned });
      setEditing(false);
    } catch {
      // The error policy has said why (a 412 reloads the comment); the editor stays open to try again.
    }
  };

  return (
    <Flex gap={8} wrap align="center">
      <Select
        mode="tags"
        autoFocus
        value={tags}
        onChange={setTags}
        maxCount={MAX_TAGS}
        tokenSeparators={[',', '，', ' ']}
        style={{ minWidth: 220, flex: 1 }}
        placeholder={t('surveys.comments.tagsPlaceholder')}
        aria-label={t('surveys.comments.tags')}
        options={suggestions.map((value) => ({ value, label: value }))}
        data-testid="tags-input"
      />
      <Button type="primary" size="small" loading={update.isPending} onClick={() => void save()} data-testid="save-tags">
        {t('common.save')}
      </Button>
      <Button size="small" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </Button>
    </Flex>
  );
}
