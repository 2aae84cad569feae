package com.kapbenefit.portal.sponsorship;

import jakarta.inject.Singleton;

import java.util.Optional;

/** What other contexts may know of a programme: its name. */
@Singleton
public class ProgrammeDirectory {

    private final ProgrammeRepository programmes;

    ProgrammeDirectory(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    public Optional<String> name(String programmeId) {
        return programmes.findById(programmeId).map(Programme::name);
    }
}
