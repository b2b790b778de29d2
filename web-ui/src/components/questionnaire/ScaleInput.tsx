import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A row of big score buttons that behaves as one radio group: Tab enters it on the chosen score,
 * the arrow keys (and Home/End) move the choice, as a screen reader expects of `role="radiogroup"`.
 */
export function ScaleInput({
  scores,
  value,
  onChange,
  disabled = false,
  labelledBy,
  required = false,
  invalid = false,
  className,
  itemLabel,
  renderItem,
}: {
  scores: readonly number[];
  value: number | undefined;
  onChange: (score: number) => void;
  disabled?: boolean;
  labelledBy: string;
  required?: boolean;
  invalid?: boolean;
  className: string;
  /** What a screen reader says for a score (e.g. "4 – satisfied"). */
  itemLabel: (score: number) => string;
  renderItem: (score: number, selected: boolean) => ReactNode;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const focusIndex = value === undefined ? 0 : Math.max(0, scores.indexOf(value));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = scores.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(last, index + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const score = scores[next];
    if (score === undefined) return;
    onChange(score);
    buttons.current[next]?.focus();
  };

  return (
    <div role="radiogroup" aria-labelledby={labelledBy} aria-required={required} aria-invalid={invalid} className={className}>
      {scores.map((score, index) => {
        const selected = value === score;
        return (
          <button
            key={score}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={selected}
            aria-label={itemLabel(score)}
            tabIndex={index === focusIndex ? 0 : -1}
            disabled={disabled}
            data-score={score}
            onClick={() => onChange(score)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {renderItem(score, selected)}
          </button>
        );
      })}
    </div>
  );
}
