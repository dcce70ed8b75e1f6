// The organisation's members. Everyone sees the list; admins also invite, change roles, remove
// members and revoke open invitations.
import './accounts.css';
import { UserAddOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  message,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { ApiError } from '../shared/api';
import { accountsApi } from './api';
import { formatDateTime } from './format';
import { InviteModal } from './InviteModal';
import { localName } from './localName';
import { describeError } from './serverErrors';
import { PROBLEM, ROLES, type Invitation, type Me, type Member, type Role } from './types';
import { useSession } from './useSession';

type MessageInstance = ReturnType<typeof message.useMessage>[0];

type Loaded<T> =
  { kind: 'loading' } | { kind: 'loaded'; items: T[] } | { kind: 'failed'; message: string };

/** Loads a list and reloads it on demand; `enabled` false skips loading (e.g. not allowed). */
function useList<T>(load: () => Promise<T[]>, enabled = true) {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    load().then(
      (items) => live && setState({ kind: 'loaded', items }),
      (error: unknown) => live && setState({ kind: 'failed', message: describeError(error, t) }),
    );
    return () => {
      live = false;
    };
  }, [load, enabled, version, t]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [state, reload] as const;
}

function failureText(error: unknown, t: TFunction): string {
  return error instanceof ApiError && error.problem.type === PROBLEM.lastAdmin
    ? t('members.lastAdmin')
    : t('common.actionFailed', { message: describeError(error, t) });
}

function MembersTable({ me, admin, notify }: { me: Me; admin: boolean; notify: MessageInstance }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [members, reload] = useList(accountsApi.members);
  const [busy, setBusy] = useState<string | null>(null);

  const changeRole = async (member: Member, role: Role) => {
    setBusy(member.id);
    try {
      await accountsApi.changeRole(member.id, role);
      void notify.success(
        t('members.roleChanged', { name: member.displayName, role: t(`role.${role}`) }),
      );
    } catch (error) {
      void notify.error(failureText(error, t));
    } finally {
      setBusy(null);
      reload();
    }
  };

  const remove = async (member: Member) => {
    setBusy(member.id);
    try {
      await accountsApi.removeMember(member.id);
      void notify.success(t('members.removed', { name: member.displayName }));
    } catch (error) {
      void notify.error(failureText(error, t));
    } finally {
      setBusy(null);
      reload();
    }
  };

  const columns: TableColumnsType<Member> = [
    {
      key: 'displayName',
      title: t('members.displayName'),
      render: (_value, member) => (
        <Space>
          {member.displayName}
          {member.id === me.id && <Tag color="blue">{t('members.you')}</Tag>}
        </Space>
      ),
    },
    { key: 'email', title: t('members.email'), dataIndex: 'email' },
    {
      key: 'role',
      title: t('members.role'),
      width: 170,
      // Admins change others' roles; their own stays put so that nobody locks themself out by a click.
      render: (_value, member) =>
        admin && member.id !== me.id ? (
          <Select<Role>
            value={member.role}
            disabled={busy === member.id}
            className="waibao-role-select"
            data-testid={`member-role-${member.id}`}
            aria-label={t('members.role')}
            options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            onChange={(role) => void changeRole(member, role)}
          />
        ) : (
          <Tag color={member.role === 'ORG_ADMIN' ? 'gold' : 'default'}>
            {t(`role.${member.role}`)}
          </Tag>
        ),
    },
    {
      key: 'joinedAt',
      title: t('members.joinedAt'),
      dataIndex: 'joinedAt',
      responsive: ['md'],
      render: (value: string) => formatDateTime(value, language),
    },
  ];
  if (admin) {
    columns.push({
      key: 'actions',
      title: t('members.actions'),
      width: 110,
      render: (_value, member) =>
        member.id === me.id ? null : (
          <Popconfirm
            title={t('members.removeConfirm', { name: member.displayName })}
            okText={t('members.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(member)}
          >
            <Button
              danger
              type="link"
              loading={busy === member.id}
              data-testid={`member-remove-${member.id}`}
            >
              {t('members.remove')}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <>
      {members.kind === 'failed' && (
        <Alert
          className="waibao-form-alert"
          type="error"
          showIcon
          title={t('common.loadFailed', { message: members.message })}
          action={<Button onClick={reload}>{t('common.retry')}</Button>}
        />
      )}
      <Table<Member>
        data-testid="members-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={members.kind === 'loaded' ? members.items : []}
        loading={members.kind === 'loading'}
        pagination={false}
      />
    </>
  );
}

function InvitationsCard({ notify }: { notify: MessageInstance }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [invitations, reload] = useList(accountsApi.invitations);
  const [inviting, setInviting] = useState(false);

  const revoke = async (invitation: Invitation) => {
    try {
      await accountsApi.revokeInvitation(invitation.id);
      void notify.success(t('members.revoked', { email: invitation.email }));
    } catch (error) {
      void notify.error(failureText(error, t));
    } finally {
      reload();
    }
  };

  const columns: TableColumnsType<Invitation> = [
    { key: 'email', title: t('members.email'), dataIndex: 'email' },
    {
      key: 'role',
      title: t('members.role'),
      dataIndex: 'role',
      render: (role: Role) => t(`role.${role}`),
    },
    { key: 'invitedBy', title: t('members.invitedBy'), dataIndex: 'invitedBy', responsive: ['md'] },
    {
      key: 'expiresAt',
      title: t('members.expiresAt'),
      dataIndex: 'expiresAt',
      render: (value: string) => formatDateTime(value, language),
    },
    {
      key: 'actions',
      title: t('members.actions'),
      width: 110,
      render: (_value, invitation) => (
        <Popconfirm
          title={t('members.revokeConfirm', { email: invitation.email })}
          okText={t('members.revoke')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => revoke(invitation)}
        >
          <Button danger type="link" data-testid={`invitation-revoke-${invitation.id}`}>
            {t('members.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('members.invitationsTitle')}
      className="waibao-card-gap"
      extra={
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={() => setInviting(true)}
          data-testid="members-invite"
        >
          {t('members.invite')}
        </Button>
      }
    >
      {invitations.kind === 'failed' && (
        <Alert
          className="waibao-form-alert"
          type="error"
          showIcon
          title={t('common.loadFailed', { message: invitations.message })}
        />
      )}
      <Table<Invitation>
        data-testid="invitations-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={invitations.kind === 'loaded' ? invitations.items : []}
        loading={invitations.kind === 'loading'}
        pagination={false}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.noInvitations')} />
          ),
        }}
      />
      <InviteModal open={inviting} onClose={() => setInviting(false)} onInvited={reload} />
    </Card>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useSession();
  const [notify, messages] = message.useMessage();
  if (me === null) return null; // RequireSession renders this page only when signed in
  const admin = me.role === 'ORG_ADMIN';
  return (
    <section className="waibao-page">
      {messages}
      <Typography.Title level={2} data-testid="page-title">
        {t('members.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="waibao-lead">
        {t('members.lead', { organisation: localName(me.organisation, language) })}
      </Typography.Paragraph>
      {!admin && (
        <Alert
          className="waibao-form-alert"
          type="info"
          showIcon
          title={t('members.readOnly')}
          data-testid="members-read-only"
        />
      )}
      <Card>
        <MembersTable me={me} admin={admin} notify={notify} />
      </Card>
      {admin && <InvitationsCard notify={notify} />}
    </section>
  );
}
