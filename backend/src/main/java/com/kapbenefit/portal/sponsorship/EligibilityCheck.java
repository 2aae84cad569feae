package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.shared.KeyedHash;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Proves an employee's eligibility from the enrolment code and their own identifier (plus date of
 * birth where the list has one). Every kind of failure is the same empty answer, so nobody can
 * learn whether a code exists or a colleague is on the list.
 */
@Singleton
public class EligibilityCheck {

    private final ProgrammeRepository programmes;
    private final EligibilityEntryRepository entries;
    private final Employers employers;
    private final KeyedHash keyedHash;

    EligibilityCheck(ProgrammeRepository programmes, EligibilityEntryRepository entries, Employers employers, KeyedHash keyedHash) {
        this.programmes = programmes;
        this.entries = entries;
        this.employers = employers;
        this.keyedHash = keyedHash;
    }

    public Optional<EligibleProgramme> match(String enrolmentCode, String workIdentifier, @Nullable LocalDate dateOfBirth) {
        String identifier = workIdentifier.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return programmes.findByEnrolmentCode(EnrolmentCodes.normalise(enrolmentCode))
                .filter(programme -> programme.status() == ProgrammeStatus.ACTIVE)
                .filter(programme -> employers.isActive(programme.employerId()))
                .flatMap(programme -> entries.findActive(programme.id(), keyedHash.ofIdentifier(identifier))
                        .filter(entry -> birthDateMatches(entry.dateOfBirthHash(), identifier, dateOfBirth))
                        .map(entry -> new EligibleProgramme(entry.id(), programme.id(), programme.employerId(),
                                programme.name(), programme.stateSet())));
    }

    private boolean birthDateMatches(@Nullable String storedHash, String identifier, @Nullable LocalDate dateOfBirth) {
        if (storedHash == null) {
            return true;
        }
        if (dateOfBirth == null) {
            return false;
        }
        String given = keyedHash.ofIdentifier(identifier + "|" + dateOfBirth);
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
