import { InvalidFields } from '../../shared/domain-errors';
import { MilestoneData } from '../domain/country.events';
import { validateMilestoneChanges } from './correct-milestone.changes-validator';

const training: MilestoneData = {
  country: 'MDV',
  date: '2024-11-12',
  title: 'Training of Trainers for Educators',
  audience: 'educators',
};
const plan: MilestoneData = {
  country: 'MDV',
  date: '2024-11-01',
  plannedFor: '2025-Q1',
  kind: 'training',
  title: 'Police training',
};

function fieldsRejected(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidFields) return error.errors.map((fieldError) => fieldError.field).sort();
    throw error;
  }
  throw new Error('expected InvalidFields');
}

describe('validateMilestoneChanges', () => {
  it('accepts valid changes and normalises them like the original request', () => {
    const translation: MilestoneData = { country: 'MLT', date: '2024-10-21', language: 'Maltese' };
    expect(validateMilestoneChanges('GuidelinesTranslated', translation, { language: '  English ', presented: true })).toEqual({
      language: 'English',
      presented: true,
    });
  });

  it('names every bad field under changes', () => {
    expect(
      fieldsRejected(() =>
        validateMilestoneChanges('TrainingHeld', training, { date: '2024-02-30', audience: 'aliens', participants: 0 }),
      ),
    ).toEqual(['changes.audience', 'changes.date', 'changes.participants']);
  });

  it('rejects a field the milestone type does not have', () => {
    expect(fieldsRejected(() => validateMilestoneChanges('TrainingHeld', training, { role: 'organised' }))).toEqual([
      'changes.role',
    ]);
  });

  it('rejects names that are not fields, even ones every object has', () => {
    const changes = JSON.parse('{"__proto__": {"title": "x"}, "constructor": 1, "toString": "y"}') as Record<string, unknown>;
    expect(fieldsRejected(() => validateMilestoneChanges('TrainingHeld', training, changes))).toEqual([
      'changes.__proto__',
      'changes.constructor',
      'changes.toString',
    ]);
  });

  it('rejects changing the country or clearing a field', () => {
    expect(
      fieldsRejected(() => validateMilestoneChanges('TrainingHeld', training, { country: 'MLT', format: null })),
    ).toEqual(['changes.country', 'changes.format']);
  });

  it('does not blame fields the correction leaves alone', () => {
    expect(validateMilestoneChanges('ActivityPlanned', plan, { plannedFor: '2025-Q2' })).toEqual({ plannedFor: '2025-Q2' });
  });

  it('keeps the day a plan was made out of reach', () => {
    expect(fieldsRejected(() => validateMilestoneChanges('ActivityPlanned', plan, { date: '2024-11-02' }))).toEqual([
      'changes.date',
    ]);
  });

  it('explains the problem with the field named', () => {
    try {
      validateMilestoneChanges('TrainingHeld', training, { title: '' });
      throw new Error('expected InvalidFields');
    } catch (error) {
      expect((error as InvalidFields).errors).toEqual([
        { field: 'changes.title', messages: ['changes.title should not be empty'] },
      ]);
    }
  });
});
