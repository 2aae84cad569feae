package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.identity.Accounts;
import jakarta.inject.Singleton;

@Singleton
class ProgrammeViews {

    private final SeatPoolRepository pools;
    private final EligibilityUploadRepository uploads;
    private final Accounts accounts;
    private final PublishedUsage usage;

    ProgrammeViews(SeatPoolRepository pools, EligibilityUploadRepository uploads, Accounts accounts, PublishedUsage usage) {
        this.usage = usage;
        this.pools = pools;
        this.uploads = uploads;
        this.accounts = accounts;
    }

    ProgrammeView of(Programme programme) {
        SeatPool pool = pools.findById(programme.id()).orElseThrow();
        ProgrammeView.LastUpload lastUpload = uploads.findFirstByProgrammeIdOrderByUploadedAtDesc(programme.id())
                .map(upload -> new ProgrammeView.LastUpload(upload.uploadedAt(), upload.mode(), upload.rowsAccepted(),
                        accounts.displayName(upload.uploadedBy()).orElse("")))
                .orElse(null);
        return new ProgrammeView(programme.id(), programme.name(), programme.status(), programme.startsOn(),
                programme.endsOn(), pool.seats(), programme.packageHours(), Programmes.usd(programme.pricePerSeatCents()),
                programme.coveredServiceSet().stream().toList(), programme.stateSet().stream().toList(),
                programme.enrolmentCode() == null ? null : EnrolmentCodes.format(programme.enrolmentCode()),
                programme.version(), ProgrammeView.SeatUsage.of(pool, usage.latest(programme.id())),
                new ProgrammeView.EligibilitySummary(uploads.countEligible(programme.id()), lastUpload),
                programme.createdAt(), programme.updatedAt());
    }
}
