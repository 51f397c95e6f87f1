/**
 * Modal questions (Save / Don't save / Cancel, repaired-open confirmation, errors) as a
 * promise. One question at a time; the Modal component renders the current one.
 */
import { create } from 'zustand';

export interface Question {
  title: string;
  message: string;
  details?: string[];
  buttons: { id: string; label: string; primary?: boolean }[];
  resolve(answer: string): void;
}

export const useQuestionStore = create<{ question: Question | null }>()(() => ({ question: null }));

export function ask(title: string, message: string, buttons: Question['buttons'], details?: string[]): Promise<string> {
  return new Promise((resolve) => {
    useQuestionStore.setState({
      question: { title, message, buttons, ...(details ? { details } : {}), resolve: (a) => { useQuestionStore.setState({ question: null }); resolve(a); } },
    });
  });
}

export const tell = (title: string, message: string, details?: string[]) => ask(title, message, [{ id: 'ok', label: 'OK', primary: true }], details).then(() => undefined);
