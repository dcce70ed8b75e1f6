// A park's level as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkLevel } from './types';

const COLOURS: Record<ParkLevel, string> = {
  NATIONAL_DEMONSTRATION: 'red',
  PROVINCIAL_DEMONSTRATION: 'gold',
  ORDINARY: 'default',
};

export function LevelTag({ level }: { level: ParkLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[level]} data-testid="park-level">
      {t(`parks.level.${level}`)}
    </Tag>
  );
}
