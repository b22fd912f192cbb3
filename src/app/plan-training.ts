// This file adds a training session to the Trainings tab from the sidebar's form, checked by the domain first.
import { planTrainingSession, TrainingSessionRequest } from '../domain/training';
import type { TrainingSession } from '../domain/model';
import { trainingToCells } from '../domain/mappers/training.mapper';
import { AppPorts, writeSession } from './app-ports';

export type { TrainingSessionRequest };

/** Writes the new session (one row, one audit line); a bad date or time is refused before anything is written. */
export function addTrainingSession(ports: AppPorts, request: TrainingSessionRequest): TrainingSession {
  // Only text crosses from the sidebar; anything else counts as left blank, and the domain says what is missing.
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 500) : '');
  const asked: TrainingSessionRequest = {
    type: text(request?.type), date: text(request?.date), start: text(request?.start), end: text(request?.end), location: text(request?.location), topic: text(request?.topic),
  };
  return writeSession(ports, (session) => {
    const { tab } = session.table('trainings');
    const planned = planTrainingSession(asked, session.nextId('trainings'), { tab, row: 0 });
    session.append('trainings', trainingToCells(planned));
    session.audit({ action: 'training.plan', record: planned.id, details: `${planned.type} on ${planned.date}` });
    return planned;
  });
}
