// One facet of a search: its values with how many hits each would give, as checkboxes (several may
// be picked). Picked values stay listed (at count 0) even when no hit has them any more, so they can
// always be unpicked.
import { Button, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from './types';

const SHOWN = 8;

/** The facet's values with the picked ones that have no count added, counts first. */
export function facetEntries(
  counts: readonly FacetCount[] | undefined,
  selected: readonly string[],
): FacetCount[] {
  const entries = [...(counts ?? [])];
  for (const value of selected) {
    if (!entries.some((entry) => entry.value === value)) entries.push({ value, count: 0 });
  }
  return entries;
}

export function FacetList({
  name,
  title,
  counts,
  selected,
  label,
  onChange,
}: {
  /** The filter's parameter, used in test ids: `facet-<name>`, `facet-<name>-<value>`. */
  name: string;
  title: string;
  counts: readonly FacetCount[] | undefined;
  selected: readonly string[];
  label: (value: string) => string;
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const entries = facetEntries(counts, selected);
  if (entries.length === 0) return null;
  const shown = expanded
    ? entries
    : entries.filter((entry, index) => index < SHOWN || selected.includes(entry.value));

  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <div className="waibao-search-facet" data-testid={`facet-${name}`}>
      <Typography.Text strong className="waibao-search-facet-title">
        {title}
      </Typography.Text>
      <ul>
        {shown.map((entry) => {
          const checked = selected.includes(entry.value);
          return (
            <li
              key={entry.value}
              data-testid={`facet-${name}-${entry.value}`}
              data-count={entry.count}
              data-checked={checked}
            >
              <Checkbox
                checked={checked}
                onChange={(event) => toggle(entry.value, event.target.checked)}
              >
                {label(entry.value)}
              </Checkbox>
              <Typography.Text type="secondary" className="waibao-search-count">
                {entry.count}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
      {entries.length > SHOWN && (
        <Button type="link" size="small" onClick={() => setExpanded((open) => !open)}>
          {expanded ? t('search.less') : t('search.more', { count: entries.length - SHOWN })}
        </Button>
      )}
    </div>
  );
}
