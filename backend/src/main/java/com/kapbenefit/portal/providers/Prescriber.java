package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;

import java.util.Set;

/** An active prescriber and the states where their licences are valid today. */
public record Prescriber(String providerId, String displayName, Set<CareState> statesValidToday) {
}
