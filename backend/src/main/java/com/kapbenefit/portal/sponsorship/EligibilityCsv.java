package com.kapbenefit.portal.sponsorship;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an eligibility CSV line by line, so a file of any length needs constant memory apart from
 * the caller's duplicate check. Raw identifiers never leave this class except to be hashed; the
 * rejection report names line numbers and reasons, never the values.
 */
final class EligibilityCsv {

    static final int MAX_LINE_LENGTH = 1_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern EMPLOYEE_ID = Pattern.compile("^[\\p{Alnum}][\\p{Alnum}._/-]{0,63}$");
    private static final List<String> IDENTIFIER_HEADERS = List.of("email", "work_email", "employee_id", "identifier");
    private static final List<String> BIRTH_DATE_HEADERS = List.of("date_of_birth", "dob");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    record Row(int line, String identifier, LocalDate dateOfBirth) {
    }

    record Rejection(int line, String code, String message) {
    }

    /** The file as a whole cannot be read (not a rejected line): answered with 400. */
    public static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message, null, false, false);
        }
    }

    private EligibilityCsv() {
    }

    /** Feeds each valid row to {@code rows} and each invalid one to {@code rejections}, in file order. */
    static void read(InputStream input, LocalDate today, Consumer<Row> rows, Consumer<Rejection> rejections) throws UnreadableFile, IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, decoder), 64 * 1024)) {
            String header = boundedLine(reader);
            while (header != null && header.isBlank()) {
                header = boundedLine(reader);
            }
            if (header == null) {
                throw new UnreadableFile("The file is empty. It needs a header line and one line per eligible employee.");
            }
            Columns columns = Columns.of(stripBom(header));
            String text;
            int line = 1;
            while ((text = boundedLine(reader)) != null) {
                line++;
                if (text.indexOf('\0') >= 0) {
                    throw new UnreadableFile("The file looks binary, not like CSV text.");
                }
                if (text.isBlank()) {
                    continue;
                }
                parseLine(line, text, columns, today, rows, rejections);
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
    }

    /**
     * The next line, or null at the end. A line longer than {@link #MAX_LINE_LENGTH} is cut just past
     * the limit (enough to be rejected as too long) and the rest skipped, so one endless line cannot
     * make the reader hold the whole upload as a single string.
     */
    private static String boundedLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int next;
        while ((next = reader.read()) != -1) {
            if (next == '\n') {
                return stripCarriageReturn(line);
            }
            if (line.length() <= MAX_LINE_LENGTH) {
                line.append((char) next);
            }
        }
        return line.isEmpty() ? null : stripCarriageReturn(line);
    }

    private static String stripCarriageReturn(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private static void parseLine(int line, String text, Columns columns, LocalDate today,
                                  Consumer<Row> rows, Consumer<Rejection> rejections) {
        if (text.length() > MAX_LINE_LENGTH) {
            rejections.accept(new Rejection(line, "LINE_TOO_LONG", "The line is longer than " + MAX_LINE_LENGTH + " characters."));
            return;
        }
        List<String> fields = split(text);
        if (fields.size() > columns.count()) {
            rejections.accept(new Rejection(line, "TOO_MANY_COLUMNS", "The line has more columns than the header."));
            return;
        }
        String identifier = field(fields, columns.identifier()).strip().replaceAll("\\s+", " ");
        if (identifier.isEmpty()) {
            rejections.accept(new Rejection(line, "MISSING_IDENTIFIER", "The identifier is empty."));
            return;
        }
        if (identifier.contains("@")) {
            if (identifier.length() > 254 || !EMAIL.matcher(identifier).matches()) {
                rejections.accept(new Rejection(line, "INVALID_EMAIL", "The e-mail address is not valid."));
                return;
            }
        } else if (!EMPLOYEE_ID.matcher(identifier).matches()) {
            rejections.accept(new Rejection(line, "INVALID_IDENTIFIER",
                    "An employee ID has up to 64 letters, digits, dots, dashes, slashes or underscores."));
            return;
        }
        LocalDate dateOfBirth = null;
        String birth = field(fields, columns.dateOfBirth()).strip();
        if (!birth.isEmpty()) {
            try {
                dateOfBirth = LocalDate.parse(birth);
            } catch (DateTimeParseException e) {
                dateOfBirth = null;
            }
            if (dateOfBirth == null || dateOfBirth.isBefore(EARLIEST_BIRTH_DATE) || !dateOfBirth.isBefore(today)) {
                rejections.accept(new Rejection(line, "INVALID_DATE_OF_BIRTH", "The date of birth must be a past date written YYYY-MM-DD."));
                return;
            }
        }
        rows.accept(new Row(line, identifier.toLowerCase(Locale.ROOT), dateOfBirth));
    }

    private static String field(List<String> fields, int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** RFC 4180 fields on one line: commas inside double quotes, and "" for a quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private record Columns(int identifier, int dateOfBirth, int count) {

        static Columns of(String header) throws UnreadableFile {
            List<String> names = split(header).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
            int identifier = -1;
            int dateOfBirth = -1;
            for (int i = 0; i < names.size(); i++) {
                if (IDENTIFIER_HEADERS.contains(names.get(i))) {
                    if (identifier >= 0) {
                        throw new UnreadableFile("The header names more than one identifier column; keep one of "
                                + String.join(", ", IDENTIFIER_HEADERS) + ".");
                    }
                    identifier = i;
                } else if (BIRTH_DATE_HEADERS.contains(names.get(i))) {
                    dateOfBirth = i;
                }
            }
            if (identifier < 0) {
                throw new UnreadableFile("The first line must be a header naming the identifier column: one of "
                        + String.join(", ", IDENTIFIER_HEADERS) + " (and optionally date_of_birth).");
            }
            return new Columns(identifier, dateOfBirth, names.size());
        }
    }
}
