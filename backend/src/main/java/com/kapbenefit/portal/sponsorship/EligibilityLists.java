package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import io.micronaut.http.exceptions.ContentLengthExceededException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports an eligibility file in one transaction while streaming it: rows are hashed and written
 * in batches as they are read, and a single rejected line rolls everything back, so the list is
 * never half-replaced. Only keyed hashes reach the database.
 */
@Singleton
public class EligibilityLists {

    static final int REPORTED_REJECTIONS = 200;
    private static final int BATCH_SIZE = 1_000;
    private static final String UPSERT = "INSERT INTO eligibility_entry (programme_id, identifier_hash, date_of_birth_hash, upload_id, is_active) "
            + "VALUES (?, ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE date_of_birth_hash = VALUES(date_of_birth_hash), "
            + "upload_id = VALUES(upload_id), is_active = TRUE";
    private static final String RETIRE_OTHERS = "UPDATE eligibility_entry SET is_active = FALSE "
            + "WHERE programme_id = ? AND upload_id <> ? AND is_active = TRUE";

    private final KeyedHash keyedHash;
    private final ProgrammeRepository programmes;
    private final EligibilityUploadRepository uploads;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EligibilityLists(KeyedHash keyedHash, ProgrammeRepository programmes, EligibilityUploadRepository uploads,
                     TransactionOperations<Connection> transactions, Clock clock) {
        this.keyedHash = keyedHash;
        this.programmes = programmes;
        this.uploads = uploads;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Outcome(EligibilityUpload.Mode mode, int rowsAccepted, int rowsRejected,
                   List<EligibilityCsv.Rejection> rejections, long eligibleTotal) {

        boolean stored() {
            return rowsRejected == 0;
        }
    }

    Outcome upload(Programme programme, EligibilityUpload.Mode mode, InputStream body, String actor) throws EligibilityCsv.UnreadableFile {
        if (programme.status() == ProgrammeStatus.CLOSED) {
            throw new ProblemException(ProblemType.CONFLICT, "A closed programme's eligibility list cannot change.");
        }
        try {
            return transactions.executeWrite(status -> {
                Outcome outcome = importRows(status.getConnection(), programme, mode, body, actor);
                if (!outcome.stored()) {
                    status.setRollbackOnly();
                }
                return outcome;
            });
        } catch (UnreadableFileFailure failure) {
            throw failure.unreadable;
        }
    }

    /** Replaces an employer's programme list with a CSV; answers the eligible total, or fails on any bad line. */
    public long replace(String employerId, String programmeId, InputStream csv, String actor) throws EligibilityCsv.UnreadableFile {
        Programme programme = programmes.findByIdAndEmployerId(programmeId, employerId).orElseThrow();
        Outcome outcome = upload(programme, EligibilityUpload.Mode.REPLACE, csv, actor);
        if (!outcome.stored()) {
            throw new IllegalArgumentException(outcome.rowsRejected() + " eligibility lines were rejected");
        }
        return outcome.eligibleTotal();
    }

    private Outcome importRows(Connection connection, Programme programme, EligibilityUpload.Mode mode,
                               InputStream body, String actor) {
        String uploadId = UUID.randomUUID().toString();
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<EligibilityCsv.Rejection> rejections = new ArrayList<>();
        int[] rejected = {0};
        int[] accepted = {0};
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            BatchWriter writer = new BatchWriter(upsert);
            EligibilityCsv.read(body, LocalDate.now(clock),
                    row -> {
                        String identifierHash = keyedHash.ofIdentifier(row.identifier());
                        Integer earlier = firstLineOf.putIfAbsent(identifierHash, row.line());
                        if (earlier != null) {
                            reject(rejections, rejected, new EligibilityCsv.Rejection(row.line(), "DUPLICATE",
                                    "The same identifier is already on line " + earlier + "."));
                            return;
                        }
                        accepted[0]++;
                        if (rejected[0] == 0) {
                            String birthHash = row.dateOfBirth() == null ? null
                                    : keyedHash.ofIdentifier(row.identifier() + "|" + row.dateOfBirth());
                            writer.add(programme.id(), identifierHash, birthHash, uploadId);
                        }
                    },
                    rejection -> reject(rejections, rejected, rejection));
            if (rejected[0] > 0) {
                return new Outcome(mode, accepted[0], rejected[0], rejections, uploads.countEligible(programme.id()));
            }
            writer.flush();
            if (mode == EligibilityUpload.Mode.REPLACE) {
                try (PreparedStatement retire = connection.prepareStatement(RETIRE_OTHERS)) {
                    retire.setString(1, programme.id());
                    retire.setString(2, uploadId);
                    retire.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the eligibility list failed", e);
        } catch (EligibilityCsv.UnreadableFile unreadable) {
            throw new UnreadableFileFailure(unreadable);
        } catch (IOException e) {
            if (exceededSizeLimit(e)) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than an upload may be (25 MB).");
            }
            throw new UncheckedIOException(e);
        }
        uploads.save(new EligibilityUpload(uploadId, programme.id(), actor, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                mode, accepted[0]));
        return new Outcome(mode, accepted[0], 0, List.of(), uploads.countEligible(programme.id()));
    }

    /** A body streamed without a declared length is cut off by the server's size limit while being read. */
    private static boolean exceededSizeLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentLengthExceededException) {
                return true;
            }
        }
        return false;
    }

    private static void reject(List<EligibilityCsv.Rejection> rejections, int[] rejected, EligibilityCsv.Rejection rejection) {
        rejected[0]++;
        if (rejections.size() < REPORTED_REJECTIONS) {
            rejections.add(rejection);
        }
    }

    /** Carries the checked "unreadable file" out of the transaction callback, rolling it back. */
    private static final class UnreadableFileFailure extends RuntimeException {
        private final EligibilityCsv.UnreadableFile unreadable;

        UnreadableFileFailure(EligibilityCsv.UnreadableFile unreadable) {
            super(unreadable.getMessage(), null, false, false);
            this.unreadable = unreadable;
        }
    }

    private static final class BatchWriter {
        private final PreparedStatement statement;
        private int pending;

        BatchWriter(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(String programmeId, String identifierHash, String birthHash, String uploadId) {
            try {
                statement.setString(1, programmeId);
                statement.setString(2, identifierHash);
                statement.setString(3, birthHash);
                statement.setString(4, uploadId);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Storing the eligibility list failed", e);
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
