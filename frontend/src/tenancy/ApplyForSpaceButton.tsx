// On a park's page: a vendor goes to the application form; anyone signed out is asked to sign in.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { signInPath } from '../accounts/navigation';
import { useSession } from '../accounts/useSession';

export function ApplyForSpaceButton({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const target = `/parks/${parkId}/apply`;
  if (me === null) {
    return (
      <Link to={signInPath(target)} data-testid="apply-sign-in">
        {t('tenancy.apply.signInToApply')}
      </Link>
    );
  }
  if (me.organisation.kind !== 'VENDOR') return null;
  return (
    <Link to={target}>
      <Button type="primary" data-testid="apply-for-space">
        {t('tenancy.apply.button')}
      </Button>
    </Link>
  );
}
