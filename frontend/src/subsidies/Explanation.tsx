// The engine's explanation of a claim, line by line, in the UI language (the server's English text
// when a line's code has no translation).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExplanationLine } from './types';

const CODES = [
  'rule',
  'rentMonth',
  'rentMonthCapped',
  'rentTotal',
  'certificationAmount',
  'trainingTotal',
  'trainingSplit',
  'trainingPerTrainee',
] as const;
type Code = (typeof CODES)[number];

export function Explanation({ lines }: { lines: ExplanationLine[] }) {
  const { t } = useTranslation();
  // The values come from the server, so they are not typed per key: translate through plain strings.
  const translate = t as unknown as (key: string, values: Record<string, string>) => string;
  return (
    <ul className="waibao-explanation" data-testid="claim-explanation">
      {lines.map((line, index) => {
        const known = (CODES as readonly string[]).includes(line.code);
        return (
          <li key={index}>
            <Typography.Text>
              {known ? translate(`subsidies.explain.${line.code as Code}`, line.values) : line.text}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
