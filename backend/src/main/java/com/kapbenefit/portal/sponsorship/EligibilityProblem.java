package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.Problem;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The problem format with the upload report as extension members (RFC 9457 §3.2). */
@Serdeable
record EligibilityProblem(String type, String title, int status, String detail, int rowsAccepted, int rowsRejected,
                          List<RejectedLine> rejectedLines) {

    static final String TYPE = "/problems/eligibility-file-rejected";

    @Serdeable
    record RejectedLine(int line, String code, String message) {
    }

    static EligibilityProblem of(EligibilityLists.Outcome outcome) {
        return new EligibilityProblem(TYPE, "The eligibility file has lines that need fixing.", 422,
                "Nothing was saved. Fix the lines listed and upload the whole file again.",
                outcome.rowsAccepted(), outcome.rowsRejected(),
                outcome.rejections().stream().map(r -> new RejectedLine(r.line(), r.code(), r.message())).toList());
    }

    static Problem unreadable(String detail) {
        return new Problem("/problems/eligibility-file-unreadable", "The eligibility file could not be read.", 400, detail, null);
    }
}
