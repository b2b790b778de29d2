import type { CSSProperties } from 'react';

/** The shape of an icon of `@ant-design/icons-svg` (its `es/asn/*` modules): an svg element with path children. */
export type IconDefinition = {
  icon: { tag: string; attrs: Record<string, string>; children?: { tag: string; attrs: Record<string, string> }[] } | ((...args: never[]) => unknown);
};

/**
 * One Ant Design icon drawn from its bare SVG data, without the icon library's runtime: the residents' survey page
 * uses it to stay small (bench/public-survey-weight.mjs). Sized and coloured by the font, like antd's icons.
 */
export function SvgIcon({ icon, className, style }: { icon: IconDefinition; className?: string; style?: CSSProperties }) {
  const svg = typeof icon.icon === 'function' ? undefined : icon.icon;
  if (!svg) return null;
  return (
    <span role="img" aria-hidden className={className ? `sv-icon ${className}` : 'sv-icon'} style={style}>
      <svg viewBox={svg.attrs.viewBox} width="1em" height="1em" fill="currentColor" focusable="false">
        {(svg.children ?? []).map((child, index) => (child.tag === 'path' ? <path key={index} d={child.attrs.d} /> : null))}
      </svg>
    </span>
  );
}
