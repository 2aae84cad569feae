import type { DecisionRequest, Outcome, Setting } from './clearance-api';

export const MESSAGE_MAX = 1000;

export type DecisionValues = { outcome: Outcome | ''; setting: Setting | ''; messageToMember: string };

export const DECISION_FIELDS = ['outcome', 'setting', 'messageToMember'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];
/** The radio groups' ids are also their input names ("outcome", "setting"). */
export const DECISION_FIELD_IDS: Record<DecisionField, string> = {
  outcome: 'outcome',
  setting: 'setting',
  messageToMember: 'message-to-member',
};

/** Translation keys of what is wrong, by field. */
export function validateDecision(values: DecisionValues): Partial<Record<DecisionField, string>> {
  const errors: Partial<Record<DecisionField, string>> = {};
  const message = values.messageToMember.trim();
  if (values.outcome === '') errors.outcome = 'clearance.decision.outcome.required';
  if (values.outcome === 'CLEARED' && values.setting === '') errors.setting = 'clearance.decision.setting.required';
  if ((values.outcome === 'NOT_CLEARED' || values.outcome === 'MORE_INFORMATION') && message === '')
    errors.messageToMember = `clearance.decision.message.required.${values.outcome}`;
  else if (message.length > MESSAGE_MAX) errors.messageToMember = 'clearance.decision.message.tooLong';
  return errors;
}

/** What is sent: the setting only when cleared, the message only when written. */
export function decisionRequest(values: DecisionValues): DecisionRequest {
  const message = values.messageToMember.trim();
  return {
    outcome: values.outcome as DecisionRequest['outcome'],
    ...(values.outcome === 'CLEARED' && values.setting ? { setting: values.setting } : {}),
    ...(message ? { messageToMember: message } : {}),
  };
}
