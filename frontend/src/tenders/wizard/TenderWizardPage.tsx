// The client's tender wizard at /tenders/new and /tenders/:id/edit: six steps (basics, budget,
// requirements, criteria, lots, deadlines) over one form. "Save draft" creates the tender (POST) and
// afterwards changes it (PATCH); "Publish" saves and publishes. An active tender is amended instead.
// Every field error the server names is put on its field, and the wizard goes to that step.
import '../tenders.css';
import { Alert, Button, Card, Form, Result, Space, Spin, Steps, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { describeError } from '../../accounts/serverErrors';
import { useSession } from '../../accounts/useSession';
import { ApiError } from '../../shared/api';
import { tendersApi } from '../api';
import { useIdempotencyKey } from '../idempotency';
import { localiseServerMessage } from '../serverMessages';
import { StatusTag } from '../StatusTag';
import type { Tender } from '../types';
import { useLoad } from '../useLoad';
import {
  fromTender,
  initialValues,
  placeErrors,
  stepOf,
  STEPS,
  toInput,
  weightSum,
  type WizardValues,
} from './formModel';
import {
  BasicsStep,
  BudgetStep,
  CriteriaStep,
  DeadlinesStep,
  LotsStep,
  RequirementsStep,
} from './WizardSteps';

/** Passed along when a new draft's page becomes its edit page, so the wizard carries on. */
interface CarryOn {
  created: Tender;
  step: number;
}

function Wizard({ tender, startStep }: { tender: Tender | null; startStep: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(startStep);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<Tender | null>(tender);
  const [notice, setNotice] = useState<string | null>(null);
  const [weightsError, setWeightsError] = useState<string | null>(null);
  const [stepsWithErrors, setStepsWithErrors] = useState<number[]>([]);
  const createKey = useIdempotencyKey();
  const initial = useMemo(() => (tender ? fromTender(tender) : initialValues()), [tender]);
  const amending = saved?.status === 'ACTIVE';

  const showServerErrors = (error: unknown) => {
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
      const placed = placeErrors(error.problem.errors, (m) => localiseServerMessage(m, t));
      // server paths (criteria[0].weight) are not typed against the form's values
      const untyped: FormInstance = form;
      untyped.setFields(placed.fields.map((field) => ({ name: field.name, errors: field.errors })));
      setWeightsError(placed.weights);
      setStepsWithErrors(placed.steps);
      if (placed.steps[0] !== undefined) setStep(placed.steps[0]);
      setProblems(placed.unplaced.length > 0 ? placed.unplaced : [t('tenderWizard.checkSteps')]);
    } else {
      setProblems([t('common.actionFailed', { message: describeError(error, t) })]);
    }
  };

  /** Checks the form; on failure shows the first step with an error. */
  const validate = async (): Promise<boolean> => {
    try {
      await form.validateFields();
      return true;
    } catch {
      const failing = form
        .getFieldsError()
        .filter((field) => field.errors.length > 0)
        .map((field) => stepOf(String(field.name[0])))
        .filter((index) => index >= 0);
      const steps = [...new Set(failing)].sort((a, b) => a - b);
      setStepsWithErrors(steps);
      if (steps[0] !== undefined) setStep(steps[0]);
      setProblems([t('tenderWizard.checkSteps')]);
      return false;
    }
  };

  const save = async (): Promise<Tender | null> => {
    setProblems([]);
    setNotice(null);
    if (!(await validate())) return null;
    const input = toInput(form.getFieldsValue(true) as WizardValues);
    try {
      if (saved) {
        const updated = await tendersApi.update(saved.id, input);
        setSaved(updated);
        return updated;
      }
      const created = await tendersApi.create(input, createKey.current());
      createKey.done();
      setSaved(created);
      const state: CarryOn = { created, step };
      void navigate(`/tenders/${created.id}/edit`, { replace: true, state });
      return created;
    } catch (error) {
      showServerErrors(error);
      return null;
    }
  };

  const onSave = async () => {
    setBusy('save');
    const result = await save();
    setBusy(null);
    if (result) setNotice(amending ? t('tenderWizard.amended') : t('tenderWizard.saved'));
  };

  const onPublish = async () => {
    const sum = weightSum(form.getFieldsValue(['priceWeight', 'criteria']) as WizardValues);
    if (sum !== 100) {
      setWeightsError(t('tenders.server.weights', { sum }));
      setStepsWithErrors([STEPS.indexOf('criteria')]);
      setStep(STEPS.indexOf('criteria'));
      setProblems([t('tenderWizard.checkSteps')]);
      return;
    }
    setBusy('publish');
    const draft = await save();
    if (draft) {
      try {
        const published = await tendersApi.publish(draft.id);
        void navigate(`/tenders/${published.id}`);
        return;
      } catch (error) {
        showServerErrors(error);
      }
    }
    setBusy(null);
  };

  const onValuesChange = (changed: Partial<WizardValues>) => {
    const touched = new Set(Object.keys(changed).map(stepOf));
    if (touched.size > 0) setStepsWithErrors((steps) => steps.filter((s) => !touched.has(s)));
    if ('priceWeight' in changed || 'criteria' in changed) setWeightsError(null);
  };

  const stepItems = STEPS.map((name, index) => ({
    title: <span data-testid={`wizard-step-${name}`}>{t(`tenderWizard.step.${name}`)}</span>,
    status: stepsWithErrors.includes(index) ? ('error' as const) : undefined,
  }));
  const last = step === STEPS.length - 1;

  return (
    <section className="waibao-page">
      <div className="waibao-tender-heading">
        <Typography.Title level={2} data-testid="page-title">
          {saved
            ? amending
              ? t('tenderWizard.amendTitle')
              : t('tenderWizard.editTitle')
            : t('tenderWizard.newTitle')}
        </Typography.Title>
        {saved && <StatusTag status={saved.status} testId="wizard-status" />}
      </div>
      {amending && (
        <Alert
          className="waibao-tender-gap"
          type="warning"
          showIcon
          title={t('tenderWizard.amendWarning')}
          data-testid="wizard-amend-warning"
        />
      )}
      <Card>
        <Steps
          className="waibao-tender-steps"
          current={step}
          onChange={setStep}
          items={stepItems}
          size="small"
          data-testid="wizard-steps"
        />
        <Form<WizardValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          onValuesChange={onValuesChange}
          data-testid="wizard-form"
        >
          <div hidden={step !== 0}>
            <BasicsStep />
          </div>
          <div hidden={step !== 1}>
            <BudgetStep />
          </div>
          <div hidden={step !== 2}>
            <RequirementsStep />
          </div>
          <div hidden={step !== 3}>
            <CriteriaStep weightsError={weightsError} />
          </div>
          <div hidden={step !== 4}>
            <LotsStep />
          </div>
          <div hidden={step !== 5}>
            <DeadlinesStep />
          </div>
        </Form>
        {problems.length > 0 && (
          <Alert
            className="waibao-tender-gap"
            type="error"
            showIcon
            data-testid="wizard-error"
            title={
              problems.length === 1 ? (
                problems[0]
              ) : (
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
        {notice && (
          <Alert
            className="waibao-tender-gap"
            type="success"
            showIcon
            data-testid="wizard-saved"
            title={notice}
          />
        )}
        <div className="waibao-tender-wizard-actions">
          <Space>
            <Button
              disabled={step === 0}
              onClick={() => setStep(step - 1)}
              data-testid="wizard-prev"
            >
              {t('tenderWizard.prev')}
            </Button>
            <Button
              disabled={last}
              onClick={() => setStep(step + 1)}
              data-testid="wizard-next"
              type={last ? 'default' : 'primary'}
            >
              {t('tenderWizard.next')}
            </Button>
          </Space>
          <Space wrap>
            {saved && (
              <Button
                onClick={() => void navigate(`/tenders/${saved.id}`)}
                data-testid="wizard-view"
              >
                {t('tenderWizard.view')}
              </Button>
            )}
            <Button
              onClick={() => void onSave()}
              loading={busy === 'save'}
              disabled={busy !== null}
              data-testid="wizard-save"
            >
              {amending ? t('tenderWizard.saveAmendment') : t('tenderWizard.saveDraft')}
            </Button>
            {!amending && (
              <Button
                type="primary"
                onClick={() => void onPublish()}
                loading={busy === 'publish'}
                disabled={busy !== null}
                data-testid="wizard-publish"
              >
                {t('tenderWizard.publish')}
              </Button>
            )}
          </Space>
        </div>
      </Card>
    </section>
  );
}

function ExistingTender({ id }: { id: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const load = useCallback(() => tendersApi.tender(id), [id]);
  const [state] = useLoad<Tender>(load);
  if (state.kind === 'loading') return <Spin size="large" />;
  if (state.kind === 'failed') {
    return (
      <Alert type="error" showIcon title={t('common.loadFailed', { message: state.message })} />
    );
  }
  if (state.kind === 'notFound' || state.value.clientOrganisationId !== me?.organisation.id) {
    return (
      <Result status="404" title={<span data-testid="page-title">{t('tenders.notFound')}</span>} />
    );
  }
  const tender = state.value;
  if (tender.status !== 'DRAFT' && tender.status !== 'ACTIVE') {
    return (
      <Result
        status="warning"
        title={<span data-testid="page-title">{t('tenderWizard.notEditable')}</span>}
        subTitle={<StatusTag status={tender.status} />}
      />
    );
  }
  return <Wizard key={tender.id} tender={tender} startStep={0} />;
}

export function TenderWizardPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { id } = useParams();
  const location = useLocation();
  const carryOn = (location.state as CarryOn | null) ?? null;
  if (me?.organisation.kind !== 'CLIENT') {
    return (
      <Result
        status="403"
        title={<span data-testid="page-title">{t('common.forbiddenTitle')}</span>}
        subTitle={t('tenders.onlyClients')}
      />
    );
  }
  // A draft just created here keeps its wizard (same element, same place): the step, the form and
  // any error from publishing it stay on screen while the address becomes its edit page.
  if (!id) return <Wizard key="wizard" tender={null} startStep={0} />;
  if (carryOn?.created.id === id) {
    return <Wizard key="wizard" tender={carryOn.created} startStep={carryOn.step} />;
  }
  return <ExistingTender id={id} />;
}
