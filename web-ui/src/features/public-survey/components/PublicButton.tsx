import type { ReactNode } from 'react';

/** The residents' primary button (Ant Design's look, without its runtime): a spinner while busy, never pressed twice. */
export function PublicButton({
  children,
  onClick,
  type = 'button',
  loading = false,
  disabled = false,
  block = false,
  className,
  testId,
}: {
  children: ReactNode;
  onClick?: (() => void) | undefined;
  type?: 'button' | 'submit';
  loading?: boolean;
  disabled?: boolean;
  block?: boolean;
  className?: string;
  testId?: string;
}) {
  const classes = ['ps-button', block ? 'ps-button-block' : '', loading ? 'ps-button-loading' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} onClick={onClick} disabled={disabled || loading} aria-busy={loading || undefined} data-testid={testId}>
      {loading && <span className="ps-spinner" aria-hidden />}
      {children}
    </button>
  );
}
