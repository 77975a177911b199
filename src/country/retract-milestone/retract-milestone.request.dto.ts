import { MilestoneReferenceRequestDto } from '../milestone-reference.request.dto';

/** Retracting keeps the original in the log; the timeline shows it as retracted, with the reason. */
export class RetractMilestoneRequestDto extends MilestoneReferenceRequestDto {}
