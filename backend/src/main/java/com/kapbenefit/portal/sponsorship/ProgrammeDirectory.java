package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.CareState;
import jakarta.inject.Singleton;

import java.util.Optional;

/** What other contexts may know of a programme: its name, whether it runs, its package and the states it covers. */
@Singleton
public class ProgrammeDirectory {

    private final ProgrammeRepository programmes;

    ProgrammeDirectory(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    public Optional<String> name(String programmeId) {
        return programmes.findById(programmeId).map(Programme::name);
    }

    public int packageHours(String programmeId) {
        return programmes.findById(programmeId).map(Programme::packageHours).orElse(0);
    }

    public boolean isActive(String programmeId) {
        return programmes.findById(programmeId).filter(programme -> programme.status() == ProgrammeStatus.ACTIVE).isPresent();
    }

    public boolean covers(String programmeId, CareState state) {
        return programmes.findById(programmeId).filter(programme -> programme.stateSet().contains(state)).isPresent();
    }
}
