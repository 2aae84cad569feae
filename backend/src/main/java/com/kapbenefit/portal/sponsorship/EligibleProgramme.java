package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.CareState;

import java.util.Set;

/** An employee proved eligible: the entry they matched, and the programme it belongs to. */
public record EligibleProgramme(long eligibilityEntryId, String programmeId, String employerId, String programmeName,
                                Set<CareState> states) {
}
