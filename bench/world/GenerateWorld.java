import com.kapbenefit.portal.shared.KeyedHash;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a synthetic KAP Benefit Portal world straight into a MariaDB/MySQL schema that the portal itself created
 * (Flyway), writing rows the way the application's own services write them. Run from the repository root with the
 * portal jar on the class path (it brings the JDBC driver, Bouncy Castle and the app's KeyedHash):
 *
 *   java -cp backend/target/kap-portal.jar bench/world/GenerateWorld.java --scale small --database kap_bench
 *
 * Every member's journey is simulated on a timeline ending "now": what happened before now is stored as the app
 * would have stored it, what is still ahead is not (apart from sessions already booked). bench/world/README.md
 * says what is consistent with the application and what is simplified.
 */
public class GenerateWorld {

    static final String BENCH_PASSWORD = "BenchPass!2026";
    static final long HOUR = 3600, DAY = 86400, MINUTE = 60;
    static final long SLOT = 1800;
    static final String[] STATES = {"CA", "NY", "UT", "VT"};
    static final String[] CONSENT_KINDS = {"TELEHEALTH", "CARE_COORDINATION", "RELEASE_OF_INFORMATION", "EMPLOYER_REPORTS"};
    static final String[] CONTRAINDICATION_ITEMS = {"PSYCHOSIS_OR_MANIA", "PREGNANT_OR_BREASTFEEDING", "HEART_OR_BLOOD_PRESSURE",
            "SUBSTANCE_USE", "LIVER_DISEASE", "KETAMINE_REACTION", "INTERACTING_MEDICATIONS"};
    static final BigDecimal ONE_HOUR = new BigDecimal("1.00"), MEDICINE_HOURS = new BigDecimal("2.50");

    // ---------------------------------------------------------------------------------------------------------------
    // Options

    record Options(String url, String user, String password, String scaleName, double scale, Path properties, long seed,
                   int writers, int batchRows) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Usage: GenerateWorld.java [--scale full|small] [--database kap_bench] "
                            + "[--url jdbc:...] [--properties bench/target/world.properties] [--seed 2026] [--writers 2]");
                }
                given.put(args[i].substring(2), args[++i]);
            }
            String scaleName = given.getOrDefault("scale", "full");
            double scale = switch (scaleName) {
                case "full" -> 1.0;
                case "small" -> 0.01;
                default -> throw new IllegalArgumentException("--scale is full or small");
            };
            String database = given.getOrDefault("database", "kap_bench");
            if (!database.startsWith("kap_bench")) {
                throw new IllegalArgumentException("Only databases named kap_bench* are written to");
            }
            String url = given.getOrDefault("url", "jdbc:mysql://127.0.0.1:3306/" + database
                    + "?connectionTimeZone=UTC&rewriteBatchedStatements=true");
            return new Options(url, given.getOrDefault("user", "root"), given.getOrDefault("password", ""), scaleName, scale,
                    Path.of(given.getOrDefault("properties", "bench/target/world.properties")),
                    Long.parseLong(given.getOrDefault("seed", "2026")), Integer.parseInt(given.getOrDefault("writers", "2")),
                    Integer.parseInt(given.getOrDefault("batch", "2000")));
        }

        int scaled(int full, int minimum) {
            return Math.max(minimum, (int) Math.round(full * scale));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new GenerateWorld(options).run();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The application's secrets and crypto, reproduced (or borrowed) so the portal can read what we write

    /** The development defaults of application.yml, overridden by the same environment variables the portal reads. */
    static Map<String, String> portalSettings() throws IOException {
        Map<String, String> settings = new HashMap<>();
        try (InputStream yml = GenerateWorld.class.getClassLoader().getResourceAsStream("application.yml")) {
            if (yml == null) {
                throw new IllegalStateException("application.yml is not on the class path: run with -cp <portal jar>");
            }
            Matcher m = Pattern.compile("\\$\\{(KAP_[A-Z_]+):([^}]*)}").matcher(new String(yml.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                settings.put(m.group(1), System.getenv().getOrDefault(m.group(1), m.group(2)));
            }
        }
        return settings;
    }

    static final class Crypto {
        private final KeyedHash appHash;
        private final Mac fallbackMac;
        private final SecretKeySpec vaultKey;
        final String vaultKeyId;
        private final SecureRandom nonces = new SecureRandom();
        private final Cipher cipher;

        Crypto(Map<String, String> settings) throws Exception {
            String lookupKey = settings.get("KAP_LOOKUP_KEY");
            fallbackMac = Mac.getInstance("HmacSHA256");
            fallbackMac.init(new SecretKeySpec(lookupKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            // The portal's own KeyedHash is public but its constructor is package-private (it is a bean): reflection lets
            // us use the exact computation, and the fallback below is only for a jar where the constructor changed.
            KeyedHash borrowed = null;
            try {
                var constructor = KeyedHash.class.getDeclaredConstructor(String.class);
                constructor.setAccessible(true);
                borrowed = constructor.newInstance(lookupKey);
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.out.println("note: KeyedHash(String) not available (" + e + "); using the same HMAC-SHA-256 reproduced here");
            }
            appHash = borrowed;
            if (appHash != null && !appHash.ofIdentifier(" Probe@Example.ORG ").equals(ownHash(" Probe@Example.ORG "))) {
                throw new IllegalStateException("KeyedHash normalises differently from this generator: update keyed()");
            }
            byte[] raw = Base64.getDecoder().decode(settings.get("KAP_VAULT_KEY"));
            if (raw.length != 32) {
                throw new IllegalStateException("KAP_VAULT_KEY must be 32 bytes");
            }
            vaultKey = new SecretKeySpec(raw, "AES");
            vaultKeyId = settings.get("KAP_VAULT_KEY_ID");
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
        }

        String keyed(String identifier) {
            return appHash != null ? appHash.ofIdentifier(identifier) : ownHash(identifier);
        }

        private String ownHash(String identifier) {
            String normalised = identifier.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            synchronized (fallbackMac) {
                return HexFormat.of().formatHex(fallbackMac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
            }
        }

        /** As vault/VaultCipher: 12-byte random nonce + AES-256-GCM ciphertext and tag, the AAD binding account and field. */
        byte[] seal(String plaintext, String accountId, String field) {
            try {
                byte[] nonce = new byte[12];
                nonces.nextBytes(nonce);
                cipher.init(Cipher.ENCRYPT_MODE, vaultKey, new GCMParameterSpec(128, nonce));
                cipher.updateAAD((accountId + ":" + field).getBytes(StandardCharsets.UTF_8));
                byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
                return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * As identity/PasswordHasher (package-private there): Argon2id, 19 MiB, 2 passes, 1 lane, 16-byte salt, 32-byte
         * hash, PHC string. Hashing costs ~50 ms, so ONE hash of the bench password is made and shared by every account;
         * each still verifies exactly as a real account does.
         */
        static String argon2id(String password) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(19 * 1024).withIterations(2)
                    .withParallelism(1).withSalt(salt).build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] hash = new byte[32];
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "$argon2id$v=19$m=" + (19 * 1024) + ",t=2,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        }

        static String sha256Hex(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Asks the app's own (package-private) classes whether our hash and seal open; a cheap guard against drift. */
        void selfCheck(String passwordHash) {
            try {
                Class<?> hasherType = Class.forName("com.kapbenefit.portal.identity.PasswordHasher");
                Class<?> laneType = Class.forName("com.kapbenefit.portal.identity.HashingLane");
                var laneConstructor = laneType.getDeclaredConstructor(int.class, int.class);
                laneConstructor.setAccessible(true);
                var constructor = hasherType.getDeclaredConstructor(laneType);
                constructor.setAccessible(true);
                Object hasher = constructor.newInstance(laneConstructor.newInstance(1, 1));
                var verify = hasherType.getDeclaredMethod("verify", String.class, String.class);
                verify.setAccessible(true);
                if (!(Boolean) verify.invoke(hasher, BENCH_PASSWORD, passwordHash)) {
                    throw new IllegalStateException("PasswordHasher does not accept the generated Argon2id hash");
                }
                Class<?> cipherType = Class.forName("com.kapbenefit.portal.vault.VaultCipher");
                var cipherConstructor = cipherType.getDeclaredConstructor(String.class, String.class);
                cipherConstructor.setAccessible(true);
                Object vault = cipherConstructor.newInstance(Base64.getEncoder().encodeToString(vaultKey.getEncoded()), vaultKeyId);
                var decrypt = cipherType.getDeclaredMethod("decrypt", byte[].class, String.class, String.class, String.class);
                decrypt.setAccessible(true);
                String account = UUID.randomUUID().toString();
                if (!"probe".equals(decrypt.invoke(vault, seal("probe", account, "email"), vaultKeyId, account, "email"))) {
                    throw new IllegalStateException("VaultCipher does not open the generated seal");
                }
                System.out.println("self-check: the app's PasswordHasher and VaultCipher accept the generated hash and seal");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The app's PasswordHasher or VaultCipher changed shape; update this generator", e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Ids

    /**
     * Random version-4 UUIDs, like UUID.randomUUID(), whose values grow with each call: rows are inserted in key
     * order, so InnoDB appends instead of splitting random pages of a buffer pool far smaller than the data.
     */
    static final class Uuids {
        private final SplittableRandom random;
        private final long step;
        private long issued;

        Uuids(SplittableRandom random, long expected) {
            this.random = random;
            this.step = Math.max(1, (1L << 48) / (expected + expected / 3 + 64));
        }

        String next() {
            long top48 = (issued++ * step + random.nextLong(step)) & 0xFFFF_FFFF_FFFFL;
            long msb = (top48 << 16) | 0x4000L | random.nextLong(1 << 12);
            long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(msb, lsb).toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Loading: tables buffer rows, writer threads insert them in multi-row batches

    static final class Loader implements AutoCloseable {
        private record Job(Table table, List<Object[]> rows) {
        }

        private static final Job STOP = new Job(null, null);
        final int batchRows;
        private final BlockingQueue<Job> queue;
        private final List<Thread> threads = new ArrayList<>();
        private final List<Connection> connections = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        private volatile Throwable failure;

        Loader(Options options) throws SQLException {
            batchRows = options.batchRows();
            queue = new ArrayBlockingQueue<>(options.writers() * 3);
            for (int i = 0; i < options.writers(); i++) {
                Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
                try (Statement statement = connection.createStatement()) {
                    // The rows are consistent by construction; checking them one by one would only slow the load.
                    statement.execute("SET SESSION foreign_key_checks = 0");
                    statement.execute("SET SESSION unique_checks = 0");
                }
                connection.setAutoCommit(false);
                connections.add(connection);
                Thread thread = new Thread(() -> work(connection), "writer-" + i);
                thread.start();
                threads.add(thread);
            }
        }

        Table table(String name, String... columns) {
            Table table = new Table(this, name, columns);
            tables.add(table);
            return table;
        }

        void submit(Table table, List<Object[]> rows) {
            if (failure != null) {
                throw new IllegalStateException("A writer failed", failure);
            }
            try {
                queue.put(new Job(table, rows));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void work(Connection connection) {
            Map<Table, PreparedStatement> statements = new HashMap<>();
            try {
                while (true) {
                    Job job = queue.take();
                    if (job == STOP) {
                        break;
                    }
                    if (failure != null) {
                        continue;
                    }
                    long started = System.nanoTime();
                    PreparedStatement statement = statements.get(job.table());
                    if (statement == null) {
                        statement = connection.prepareStatement(job.table().sql);
                        statements.put(job.table(), statement);
                    }
                    for (int attempt = 1; ; attempt++) {
                        try {
                            for (Object[] row : job.rows()) {
                                for (int i = 0; i < row.length; i++) {
                                    bind(statement, i + 1, row[i]);
                                }
                                statement.addBatch();
                            }
                            statement.executeBatch();
                            connection.commit();
                            break;
                        } catch (SQLException e) {
                            // Concurrent batches into one table can deadlock on index pages; InnoDB rolls one back to be retried.
                            connection.rollback();
                            statement.clearBatch();
                            if (attempt == 5 || !isDeadlock(e)) {
                                throw e;
                            }
                        }
                    }
                    job.table().written(job.rows().size(), System.nanoTime() - started);
                }
            } catch (Throwable e) {
                failure = e;
                e.printStackTrace();
            }
        }

        private static boolean isDeadlock(SQLException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }

        private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(index, bytes);
            } else if (value instanceof BigDecimal decimal) {
                statement.setBigDecimal(index, decimal);
            } else {
                statement.setString(index, value.toString());
            }
        }

        /** Flushes every table and waits for the writers. */
        @Override
        public void close() throws Exception {
            tables.forEach(Table::flush);
            for (int i = 0; i < threads.size(); i++) {
                queue.put(STOP);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            for (Connection connection : connections) {
                connection.close();
            }
            if (failure != null) {
                throw new IllegalStateException("A writer failed", failure);
            }
        }
    }

    static final class Table {
        private final Loader loader;
        final String name;
        final String sql;
        private final int width;
        private List<Object[]> rows = new ArrayList<>();
        long added;
        private long written;
        private long nanos;

        Table(Loader loader, String name, String[] columns) {
            this.loader = loader;
            this.name = name;
            this.width = columns.length;
            this.sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
        }

        void add(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException(name + " takes " + width + " values, got " + values.length);
            }
            rows.add(values);
            added++;
            if (rows.size() >= loader.batchRows) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                loader.submit(this, rows);
                rows = new ArrayList<>();
            }
        }

        synchronized void written(int count, long spent) {
            written += count;
            nanos += spent;
        }

        synchronized String report() {
            double seconds = nanos / 1e9;
            return String.format(Locale.ROOT, "  %-26s %,10d rows  %7.1f s writer time  %,9.0f rows/s", name, written, seconds,
                    seconds == 0 ? 0 : written / seconds);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The world's people and things, as far as the generator needs to remember them

    static final class Employer {
        String id, legalName, displayName, domain, homeState, status;
        long createdAt;
        boolean listHasBirthDates;
        double uptake;
        int size;
        final List<Account> hrAdmins = new ArrayList<>();
        final List<Programme> programmes = new ArrayList<>();
        final Set<Integer> usedEmployees = new HashSet<>();
        int members;
    }

    record Account(String id, String email, String displayName, long createdAt) {
    }

    static final class Programme {
        Employer employer;
        String id, name, status, states, code, createdBy, updatedBy;
        Set<String> stateSet;
        LocalDate startsOn, endsOn;
        int packageHours, version, seatsInitial, seats, held, listSize, members;
        long priceCents, createdAt, activatedAt, closedAt, updatedAt;
        final List<long[]> purchases = new ArrayList<>();
        final List<Object[]> changes = new ArrayList<>();
        final List<Long> enrolmentTimes = new ArrayList<>();
        String upload1, upload2;
        long upload1At, upload2At;
        int left, joiners;

        boolean activeAt(long at) {
            return activatedAt > 0 && at >= activatedAt && (closedAt == 0 || at < closedAt);
        }
    }

    static final class Provider {
        String id, accountId, email, displayName, kind, credentials, timeZone, modalities;
        List<String> languages;
        final List<String> states = new ArrayList<>();
        long createdAt;
        int load, accepted, offered;
        LocalDate nextAvailableOn;
        Calendar calendar;
        boolean therapist() {
            return kind.equals("PSYCHOTHERAPIST");
        }

        boolean speaks(String language) {
            return language != null && languages.contains(language);
        }
    }

    /** A therapist's bookable time in 30-minute slots: open (weekly windows less days off) and busy (booked sessions). */
    static final class Calendar {
        final long start;
        final long[] open, busy;
        final int slots;

        Calendar(long start, long end) {
            this.start = start;
            this.slots = (int) ((end - start) / SLOT);
            this.open = new long[slots / 64 + 1];
            this.busy = new long[slots / 64 + 1];
        }

        void openBetween(long from, long to) {
            for (long t = from; t < to; t += SLOT) {
                int s = (int) ((t - start) / SLOT);
                if (s >= 0 && s < slots) {
                    open[s >> 6] |= 1L << s;
                }
            }
        }

        private boolean isOpen(int s) {
            return (open[s >> 6] & (1L << s)) != 0;
        }

        private boolean isBusy(int s) {
            return (busy[s >> 6] & (1L << s)) != 0;
        }

        boolean fits(int s, int length, boolean mustBeFree) {
            if (s < 0 || s + length > slots) {
                return false;
            }
            for (int i = s; i < s + length; i++) {
                if (!isOpen(i) || (mustBeFree && isBusy(i))) {
                    return false;
                }
            }
            return true;
        }

        /** The first start from {@code preferred} on, else from {@code earliest}, inside one open period and free. */
        long find(long earliest, long latest, long preferred, int length, boolean mustBeFree) {
            int first = (int) ceilDiv(earliest - start, SLOT);
            int last = (int) Math.floorDiv(latest - start, SLOT);
            int from = Math.max(first, (int) ceilDiv(preferred - start, SLOT));
            for (int s = from; s <= last; s++) {
                if (fits(s, length, mustBeFree)) {
                    return start + s * SLOT;
                }
            }
            for (int s = first; s < Math.min(from, last + 1); s++) {
                if (fits(s, length, mustBeFree)) {
                    return start + s * SLOT;
                }
            }
            return -1;
        }

        void mark(long at, int length, boolean taken) {
            int s = (int) ((at - start) / SLOT);
            for (int i = s; i < s + length && i < slots; i++) {
                if (taken) {
                    busy[i >> 6] |= 1L << i;
                } else {
                    busy[i >> 6] &= ~(1L << i);
                }
            }
        }

        int freeStarts(long from, long to, int length) {
            int count = 0;
            for (int s = (int) ceilDiv(from - start, SLOT); s <= (to - start) / SLOT; s++) {
                if (fits(s, length, true)) {
                    count++;
                }
            }
            return count;
        }
    }

    record AuditRow(long at, long sequence, String actor, String role, String action, String subject, String detail) {
    }

    /** An active session that can be given a cancelled earlier booking (a reschedule) when topping up session counts. */
    record Reschedulable(String accountId, Provider therapist, String referralId, String kind, long start, long bookedAt,
                         long bookableFrom, long earliest, long latest, String location, String setting, String sitter,
                         String medicineId) {
    }

    record Retake(String accountId, long from, long to, double depression, double anxiety) {
    }

    record CareMember(String email, String next, String setting, Provider therapist) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // State

    final Options options;
    final SplittableRandom random;
    final long now;
    final long horizonStart, horizonEnd;
    Crypto crypto;
    String passwordHash;
    Loader db;

    final Uuids accountIds, employerIds, programmeIds, uploadIds, reservationIds, enrolmentIds, responseIds, clearanceIds,
            referralIds, sessionIds, followUpIds, providerIds, licenceIds, invitationIds;
    long eligibilityId, consentId, flagId, hoursId, readId, reminderId, outboxId, languageId, windowId, dayOffId, purchaseId, changeId,
            auditSequence;

    Table employers, accounts, hrInvitations, providerInvitations, profiles, languages, licences, windows, daysOff, programmeTable,
            programmeChanges, seatPools, seatPurchases, reservations, hoursEntries, uploads, eligibility, vault, vaultReads,
            enrolments, consents, responses, flags, clearances, preferences, referrals, sessions, followUps, reminders, outbox, audit;

    final List<Employer> employerList = new ArrayList<>();
    final List<Provider> therapists = new ArrayList<>(), prescribers = new ArrayList<>();
    final Map<String, List<Provider>> therapistsIn = new HashMap<>(), prescribersIn = new HashMap<>();
    final List<AuditRow> auditRows = new ArrayList<>();
    final List<Reschedulable> reschedulable = new ArrayList<>();
    final List<Retake> retakes = new ArrayList<>();
    final List<CareMember> careMembers = new ArrayList<>();
    final Map<String, List<String>> stageSamples = new TreeMap<>();
    final Map<String, Integer> stageCounts = new TreeMap<>();
    final List<String> unenrolledSamples = new ArrayList<>();
    Account operator, secondOperator;
    int memberSequence;
    long sessionCount, responseCount;

    GenerateWorld(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.now = Instant.now().getEpochSecond();
        this.horizonStart = (now / DAY - 48 * 31) * DAY;
        this.horizonEnd = (now / DAY + 60) * DAY;
        int members = options.scaled(100_000, 100);
        accountIds = new Uuids(random.split(), members + 5_000);
        employerIds = new Uuids(random.split(), options.scaled(1000, 10));
        programmeIds = new Uuids(random.split(), options.scaled(2000, 20));
        uploadIds = new Uuids(random.split(), options.scaled(3000, 30));
        reservationIds = new Uuids(random.split(), members);
        enrolmentIds = new Uuids(random.split(), members);
        responseIds = new Uuids(random.split(), options.scaled(1_000_000, 1000));
        clearanceIds = new Uuids(random.split(), members);
        referralIds = new Uuids(random.split(), members);
        sessionIds = new Uuids(random.split(), options.scaled(500_000, 500));
        followUpIds = new Uuids(random.split(), members * 2L);
        providerIds = new Uuids(random.split(), 400);
        licenceIds = new Uuids(random.split(), 1000);
        invitationIds = new Uuids(random.split(), options.scaled(3000, 100));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Small helpers

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    long between(long from, long to) {
        return to <= from ? from : from + random.nextLong(to - from);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    /** Mostly short, sometimes long: how long people take to do the next thing. */
    long delay(long typical, long longest) {
        return chance(0.6) ? between(MINUTE, typical) : between(typical, longest);
    }

    static String at(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        char[] c = "0000-00-00 00:00:00".toCharArray();
        int y = t.getYear();
        c[0] = (char) ('0' + y / 1000);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        two(c, 5, t.getMonthValue());
        two(c, 8, t.getDayOfMonth());
        two(c, 11, t.getHour());
        two(c, 14, t.getMinute());
        two(c, 17, t.getSecond());
        return new String(c);
    }

    private static void two(char[] c, int i, int v) {
        c[i] = (char) ('0' + v / 10);
        c[i + 1] = (char) ('0' + v % 10);
    }

    static String atOrNull(long epochSecond) {
        return epochSecond <= 0 ? null : at(epochSecond);
    }

    /** Math.ceilDiv arrived in Java 18. */
    static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    static LocalDate date(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
    }

    String token() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < 32; i += 8) {
            long v = random.nextLong();
            for (int j = 0; j < 8; j++) {
                bytes[i + j] = (byte) (v >>> (8 * j));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void audit(long at, String actor, String role, String action, String subject, String detail) {
        auditRows.add(new AuditRow(at, auditSequence++, actor, role, action, subject, detail));
    }

    void stage(String stage, String email) {
        stageCounts.merge(stage, 1, Integer::sum);
        List<String> samples = stageSamples.computeIfAbsent(stage, key -> new ArrayList<>());
        if (samples.size() < 40) {
            samples.add(email);
        } else if (chance(0.02)) {
            samples.set(random.nextInt(samples.size()), email);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Word lists

    static final String[] FIRST = {"Ana", "Luis", "Maria", "Jose", "Carmen", "Miguel", "Sofia", "Diego", "Elena", "Carlos", "Lucia",
            "Javier", "Rosa", "Andres", "Isabel", "Guadalupe", "Alejandro", "Veronica", "James", "Mary", "Robert", "Patricia", "John",
            "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Lisa", "Mark", "Emily", "Priya", "Wei", "Mei",
            "Hiroshi", "Aisha", "Omar", "Fatima", "Noah", "Olivia", "Liam", "Emma", "Ava", "Ethan", "Mia", "Lucas", "Harper",
            "Grace", "Samuel", "Thanh", "Minh", "Jamal", "Keisha", "Dmitri", "Olga", "Tomas", "Ines"};
    static final String[] LAST = {"Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
            "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Reyes", "Cruz", "Ortiz", "Navarro", "Herrera", "Smith", "Johnson",
            "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin",
            "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
            "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Nguyen",
            "Tran", "Kim", "Patel", "Chen", "Wang", "Shah", "Cohen", "Murphy", "O'Brien", "Kowalski", "Ivanova"};
    static final String[] PSEUDONYM_ADJECTIVES = {"Quiet", "Amber", "Gentle", "Silver", "Bright", "Still", "Golden", "Patient",
            "Steady", "Kind", "Clear", "Warm", "Brave", "Calm", "Hopeful", "Desert", "Morning", "River"};
    static final String[] PSEUDONYM_NATURE = {"Heron", "Fox", "Juniper", "Willow", "Sparrow", "Cedar", "Otter", "Palm", "Finch", "Sage",
            "Lark", "Canyon", "Meadow", "Yucca", "Quail", "Oak", "Wren", "Dune"};
    static final String[] COMPANY_FIRST = {"Sierra", "Desert", "Pacific", "Coastal", "Golden", "Summit", "Canyon", "Harbor", "Evergreen",
            "Redwood", "Granite", "Riverbend", "Lakeside", "Mesa", "Palm", "Juniper", "Green Mountain", "Empire", "Hudson", "Wasatch",
            "Bonneville", "Champlain", "Catskill", "Mojave", "Coachella", "Joshua", "Silver", "Cedar", "Orchard", "Prairie", "Bluebird",
            "Northstar", "Adirondack", "Zion", "Tahoe"};
    static final String[] COMPANY_SECOND = {"Soap Works", "Bakery", "Logistics", "Health Partners", "Software", "Credit Union", "Foods",
            "Hotels", "Dental Group", "Engineering", "Media", "Builders", "Outfitters", "Analytics", "Insurance", "Brewing", "Farms",
            "Robotics", "Labs", "Transit", "Schools", "Clinics", "Energy", "Textiles", "Design Studio", "Pharmacy", "Realty", "Markets",
            "Manufacturing", "Legal"};
    static final String[] LEGAL_SUFFIX = {", Inc.", " LLC", " Corp.", " Co.", ", PBC"};
    static final Map<String, String[]> CITIES = Map.of(
            "CA", new String[]{"Palm Springs, CA 92262", "Indio, CA 92201", "Cathedral City, CA 92234", "Coachella, CA 92236",
                    "Joshua Tree, CA 92252", "Los Angeles, CA 90012", "San Diego, CA 92101", "Oakland, CA 94612", "Sacramento, CA 95814",
                    "Fresno, CA 93721"},
            "NY", new String[]{"New York, NY 10001", "Brooklyn, NY 11201", "Buffalo, NY 14202", "Rochester, NY 14604", "Albany, NY 12207"},
            "UT", new String[]{"Salt Lake City, UT 84101", "Provo, UT 84601", "Ogden, UT 84401", "St. George, UT 84770"},
            "VT", new String[]{"Burlington, VT 05401", "Montpelier, VT 05602", "Brattleboro, VT 05301", "Rutland, VT 05701"},
            "OTHER", new String[]{"Austin, TX 78701", "Phoenix, AZ 85004", "Denver, CO 80202", "Portland, OR 97204", "Chicago, IL 60601",
                    "Reno, NV 89501"});
    static final Map<String, String[]> AREA_CODES = Map.of("CA", new String[]{"760", "213", "619", "510", "916"},
            "NY", new String[]{"212", "718", "716", "585", "518"}, "UT", new String[]{"801", "385", "435"}, "VT", new String[]{"802"},
            "OTHER", new String[]{"512", "602", "303", "503", "312"});
    static final String[] STREETS = {"Palm Canyon Dr", "Oasis St", "Main St", "Oak Ave", "Cedar Ln", "Highland Ave", "Park Pl",
            "Mission Rd", "Lake St", "Broadway", "Church St", "Maple Ave", "Sunset Blvd", "Valley View Rd"};
    static final Map<String, String> ZONES = Map.of("CA", "America/Los_Angeles", "NY", "America/New_York", "UT", "America/Denver",
            "VT", "America/New_York");
    static final Map<String, String[][]> THERAPIST_LICENCES = Map.of(
            "CA", new String[][]{{"LMFT", "LMFT"}, {"LCSW", "LCSW"}, {"LPCC", "LPCC"}, {"PhD, Licensed Psychologist", "Psychologist"},
                    {"PsyD, Licensed Psychologist", "Psychologist"}},
            "NY", new String[][]{{"LCSW", "LCSW"}, {"LMHC", "LMHC"}, {"PhD, Licensed Psychologist", "Psychologist"}, {"LMFT", "LMFT"}},
            "UT", new String[][]{{"LCSW", "LCSW"}, {"CMHC", "CMHC"}, {"PhD, Licensed Psychologist", "Psychologist"}, {"MFT", "MFT"}},
            "VT", new String[][]{{"LICSW", "LICSW"}, {"LCMHC", "LCMHC"}, {"PhD, Licensed Psychologist", "Psychologist"}});
    static final String[] CANCEL_REASONS = {"Work conflict came up", "Feeling unwell today", "Childcare fell through",
            "Travelling that week", "Need to move this to a later day", "Family emergency", "Sitter is not available that day"};
    static final String[] PROVIDER_CANCEL_REASONS = {"I am unwell and cannot hold the session", "Scheduling conflict on my side",
            "Clinic closure that day", "Family emergency"};
    static final String[] DECLINE_NOTES = {"My caseload is full this month.", "Not a good clinical fit for my practice.",
            "I am away for the next weeks.", "Member would be better served by a Spanish-speaking colleague."};

    String personName() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String pseudonym() {
        return pick(PSEUDONYM_ADJECTIVES) + " " + pick(PSEUDONYM_NATURE);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The run

    void run() throws Exception {
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "Generating the %s world (seed %d) at %s into %s%n", options.scaleName(), options.seed(),
                Instant.ofEpochSecond(now), options.url().replaceAll("\\?.*", ""));
        Map<String, String> settings = portalSettings();
        crypto = new Crypto(settings);
        passwordHash = Crypto.argon2id(BENCH_PASSWORD);
        crypto.selfCheck(passwordHash);
        checkEmptySchema();

        db = new Loader(options);
        defineTables();
        operators();
        providers();
        employersAndProgrammes();
        allocateMembers();
        List<Programme> all = employerList.stream().flatMap(e -> e.programmes.stream())
                .sorted(Comparator.comparing(p -> p.id)).toList();
        long loopStart = System.nanoTime();
        int done = 0;
        for (Programme programme : all) {
            eligibilityList(programme);
            for (int i = 0; i < programme.members; i++) {
                member(programme);
            }
            if (programme == largestProgramme()) {
                rememberUnenrolled(programme);
            }
            done += programme.members;
            if (done > 0 && programme.members > 500) {
                System.out.printf(Locale.ROOT, "  ... %,d members, %,d sessions, %,d questionnaire results (%.0f s)%n", memberSequence,
                        sessionCount, responseCount, (System.nanoTime() - loopStart) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "Simulated %,d members: %,d sessions, %,d questionnaire results%n", memberSequence, sessionCount,
                responseCount);
        topUpSessions();
        topUpQuestionnaires();
        programmeRows(all);
        providerRows();
        auditRows();
        System.out.printf(Locale.ROOT, "Generated in %.0f s; waiting for the writers%n", (System.nanoTime() - started) / 1e9);
        db.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("Rows written (writer time is summed over the writer threads):");
        long total = 0;
        for (Table table : db.tables) {
            System.out.println(table.report());
            total += table.added;
        }
        System.out.printf(Locale.ROOT, "Total %,d rows in %.0f s (%,.0f rows/s overall)%n", total, seconds, total / seconds);
        System.out.println("Member stages: " + stageCounts);
        Map<String, Long> counts = finish();
        writeProperties(counts, seconds);
    }

    void checkEmptySchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM user_account) + (SELECT COUNT(*) FROM employer)")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds accounts or employers: generate into a fresh schema");
            }
        }
    }

    void defineTables() {
        employers = db.table("employer", "id", "legal_name", "display_name", "status", "created_at", "contact_name", "contact_email",
                "billing_email");
        accounts = db.table("user_account", "id", "sign_in_key", "password_hash", "role", "display_name", "employer_id", "status",
                "created_at");
        hrInvitations = db.table("hr_invitation", "id", "employer_id", "email", "display_name", "token_hash", "invited_by", "created_at",
                "expires_at", "accepted_at", "revoked_at");
        providerInvitations = db.table("provider_invitation", "id", "email", "display_name", "kind", "token_hash", "invited_by",
                "created_at", "expires_at", "accepted_at", "revoked_at");
        profiles = db.table("provider_profile", "id", "account_id", "display_name", "kind", "credentials", "time_zone", "created_at",
                "capacity", "modalities", "status", "next_available_on");
        languages = db.table("provider_language", "id", "provider_id", "language_code");
        licences = db.table("provider_licence", "id", "provider_id", "state", "licence_type", "licence_number", "issued_on", "expires_on",
                "verified_by", "verified_at", "rejected_at", "rejected_by", "rejection_reason");
        windows = db.table("provider_weekly_window", "id", "provider_id", "day_of_week", "starts_at", "ends_at");
        daysOff = db.table("provider_day_off", "id", "provider_id", "off_on", "note");
        programmeTable = db.table("programme", "id", "employer_id", "name", "starts_on", "ends_on", "package_hours",
                "price_per_seat_cents", "covered_services", "states", "status", "enrolment_code", "activated_at", "closed_at", "created_at",
                "created_by", "updated_at", "updated_by", "version");
        programmeChanges = db.table("programme_change", "id", "programme_id", "changed_by", "changed_at", "description");
        seatPools = db.table("seat_pool", "programme_id", "seats", "seats_used", "is_open");
        seatPurchases = db.table("seat_purchase", "id", "programme_id", "seats_added", "purchased_at");
        uploads = db.table("eligibility_upload", "id", "programme_id", "uploaded_by", "uploaded_at", "mode", "rows_accepted");
        eligibility = db.table("eligibility_entry", "id", "programme_id", "identifier_hash", "date_of_birth_hash", "upload_id", "is_active");
        reservations = db.table("seat_reservation", "id", "programme_id", "holder_ref", "reserved_at", "released_at");
        hoursEntries = db.table("package_hours_entry", "id", "reservation_id", "hours", "recorded_at");
        vault = db.table("identity_vault", "account_id", "key_id", "legal_name", "birth_date", "phone", "address", "email", "created_at",
                "updated_at");
        vaultReads = db.table("identity_vault_read", "id", "account_id", "reader_account_id", "reader_role", "purpose", "read_at");
        enrolments = db.table("enrolment", "id", "account_id", "programme_id", "eligibility_entry_id", "seat_reservation_id",
                "location_state", "status", "enrolled_at", "withdrawn_at", "age_band");
        consents = db.table("consent_acceptance", "id", "account_id", "kind", "version", "accepted_at", "revoked_at");
        responses = db.table("questionnaire_response", "id", "account_id", "instrument", "answers", "details", "total", "band", "taken_at",
                "timepoint");
        flags = db.table("screening_flag", "id", "account_id", "kind", "reasons", "raised_at", "resolved_at");
        clearances = db.table("clearance_case", "id", "account_id", "location_state", "urgent", "status", "prescriber_id", "setting",
                "message_to_member", "queued_at", "accepted_at", "decided_at");
        preferences = db.table("care_preference", "account_id", "language", "language_required", "updated_at");
        referrals = db.table("referral", "id", "account_id", "therapist_id", "open_account_id", "status", "location_state",
                "chosen_by_member", "reasons", "offered_at", "accepted_at", "closed_at", "close_reason", "close_note");
        sessions = db.table("care_session", "id", "account_id", "therapist_id", "referral_id", "kind", "status", "starts_at", "ends_at",
                "hours", "location_state", "setting", "sitter_name", "medicine_session_id", "meeting_code", "booked_at", "cancelled_by",
                "cancel_reason", "cancelled_at", "late_cancellation", "completed_at");
        followUps = db.table("follow_up", "id", "account_id", "timepoint", "due_at", "completed_at");
        reminders = db.table("care_reminder", "id", "account_id", "kind", "subject_ref", "created_at");
        outbox = db.table("email_outbox", "id", "account_id", "template", "created_at", "sent_at");
        audit = db.table("audit_event", "id", "occurred_at", "actor_account_id", "actor_role", "action", "subject_ref", "outcome",
                "detail", "previous_hash", "hash");
    }

    Account account(String email, String role, String displayName, String employerId, long createdAt) {
        Account account = new Account(accountIds.next(), email, displayName, createdAt);
        accounts.add(account.id(), crypto.keyed(email), passwordHash, role, displayName, employerId, "ACTIVE", at(createdAt));
        return account;
    }

    void operators() {
        long founded = horizonStart - 30 * DAY;
        operator = account("admin@bench.kap.example", "PLATFORM_ADMIN", "Platform Operator", null, founded);
        secondOperator = account("ops@bench.kap.example", "PLATFORM_ADMIN", "Network Operations", null, founded + 40 * DAY);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Providers: psychotherapists and prescribers with licences, languages, weekly hours and days off

    void providers() {
        int total = options.scaled(300, 30);
        int prescriberCount = Math.max(6, total * 15 / 100);
        int therapistCount = total - prescriberCount;
        String[] primary = new String[therapistCount];
        // California first, then New York, Utah and Vermont, so every state has several therapists at any scale.
        double[] shares = {0.44, 0.29, 0.15, 0.12};
        int index = 0;
        for (int s = 0; s < 4; s++) {
            int n = s == 3 ? therapistCount - index : (int) Math.round(therapistCount * shares[s]);
            for (int i = 0; i < n && index < therapistCount; i++) {
                primary[index++] = STATES[s];
            }
        }
        Map<String, Integer> spanishPerState = new HashMap<>();
        for (int i = 0; i < therapistCount; i++) {
            String state = primary[i];
            Provider p = newProvider("PSYCHOTHERAPIST", String.format(Locale.ROOT, "therapist%03d@providers.bench.example", i + 1));
            String[][] types = THERAPIST_LICENCES.get(state);
            String[] type = types[random.nextInt(types.length)];
            p.credentials = type[0];
            p.displayName = personName() + ", " + type[0].replace(", Licensed Psychologist", "");
            p.timeZone = ZONES.get(state);
            List<String> spoken = new ArrayList<>(List.of("en"));
            boolean needSpanish = spanishPerState.getOrDefault(state, 0) < 2;
            if (needSpanish || chance(state.equals("CA") ? 0.45 : 0.25)) {
                spoken.add("es");
                spanishPerState.merge(state, 1, Integer::sum);
            }
            if (chance(0.1)) {
                spoken.add(pick("zh", "vi", "tl", "ko", "ru", "pt", "ht"));
            }
            p.languages = spoken.stream().sorted().toList();
            p.modalities = state.equals("CA") && chance(0.3) ? pick("COACHELLA_VALLEY,TELEHEALTH", "PALM_SPRINGS,TELEHEALTH",
                    "JOSHUA_TREE,PALM_SPRINGS,TELEHEALTH", "TELEHEALTH") : "TELEHEALTH";
            licence(p, state, type[1], true);
            String second = switch (state) {
                case "NY" -> chance(0.35) ? "VT" : null;
                case "UT" -> chance(0.2) ? "VT" : chance(0.15) ? "CA" : null;
                case "VT" -> chance(0.3) ? "NY" : null;
                default -> chance(0.1) ? pick("NY", "UT") : null;
            };
            if (second != null) {
                String[][] secondTypes = THERAPIST_LICENCES.get(second);
                licence(p, second, secondTypes[random.nextInt(secondTypes.length)][1], true);
            }
            extraLicences(p, state, THERAPIST_LICENCES);
            p.calendar = calendar(p);
            therapists.add(p);
        }
        String[] prescriberCredentials = {"MD, Psychiatry", "DO, Psychiatry", "PMHNP-BC", "MD, Family Medicine", "MD, Anesthesiology"};
        for (int i = 0; i < prescriberCount; i++) {
            Provider p = newProvider("PRESCRIBER", String.format(Locale.ROOT, "prescriber%02d@providers.bench.example", i + 1));
            p.credentials = pick(prescriberCredentials);
            boolean nurse = p.credentials.startsWith("PMHNP");
            p.displayName = nurse ? personName() + ", PMHNP" : "Dr. " + personName() + ", " + p.credentials.substring(0, 2);
            List<String> states = new ArrayList<>(List.of(STATES));
            java.util.Collections.shuffle(states, new java.util.Random(random.nextLong()));
            // The first prescribers cover every state, so a case anywhere has someone to take it at any scale.
            int count = i < 2 ? 4 : 1 + random.nextInt(4);
            List<String> chosen = states.subList(0, count).stream().sorted().toList();
            p.timeZone = ZONES.get(chosen.get(0));
            p.languages = chance(0.3) ? List.of("en", "es") : List.of("en");
            p.modalities = "TELEHEALTH";
            for (String state : chosen) {
                String type = nurse ? (state.equals("CA") ? "Nurse Practitioner" : state.equals("NY") ? "NP" : "APRN")
                        : (state.equals("CA") || state.equals("UT") ? "Physician and Surgeon" : "Physician");
                licence(p, state, type, true);
            }
            prescribers.add(p);
        }
        for (Provider p : therapists) {
            p.states.forEach(state -> therapistsIn.computeIfAbsent(state, k -> new ArrayList<>()).add(p));
        }
        for (Provider p : prescribers) {
            p.states.forEach(state -> prescribersIn.computeIfAbsent(state, k -> new ArrayList<>()).add(p));
        }
        System.out.printf(Locale.ROOT, "Providers: %d psychotherapists, %d prescribers%n", therapists.size(), prescribers.size());
    }

    Provider newProvider(String kind, String email) {
        Provider p = new Provider();
        p.kind = kind;
        p.email = email;
        p.createdAt = between(horizonStart - 200 * DAY, horizonStart + 30 * DAY);
        p.id = providerIds.next();
        p.accountId = accountIds.next();
        return p;
    }

    int licenceNumber = 10_000;

    /** A licence valid over the whole simulated horizon, verified by the operator a few days after the provider joined. */
    void licence(Provider p, String state, String type, boolean counts) {
        LocalDate issued = date(horizonStart).minusYears(1 + random.nextInt(10)).minusDays(random.nextInt(300));
        LocalDate expires = date(now).plusDays(chance(0.04) ? 35 + random.nextInt(24) : 90 + random.nextInt(900));
        long verifiedAt = p.createdAt + between(DAY, 6 * DAY);
        String id = licenceIds.next();
        licences.add(id, p.id, state, type, licenceNumber(state, type), issued, expires, operator.id(), at(verifiedAt), null, null, null);
        audit(verifiedAt, operator.id(), "PLATFORM_ADMIN", "providers.licence.verify", id, state);
        if (counts) {
            p.states.add(state);
        }
    }

    String licenceNumber(String state, String type) {
        int n = licenceNumber++;
        return switch (state) {
            case "CA" -> type.replaceAll("[^A-Z]", "").substring(0, Math.min(4, type.replaceAll("[^A-Z]", "").length())) + " " + (100_000 + n);
            case "NY" -> "NY-" + String.format(Locale.ROOT, "%06d", n);
            case "UT" -> "UT-" + (5_000_000 + n) + "-" + (1000 + n % 9000);
            default -> "VT-0" + (n % 90 + 10) + "." + String.format(Locale.ROOT, "%07d", n);
        };
    }

    /** Licences that do not count: pending the operator's check, rejected, or long expired. */
    void extraLicences(Provider p, String home, Map<String, String[][]> types) {
        String other = STATES[random.nextInt(4)];
        if (other.equals(home) || p.states.contains(other)) {
            return;
        }
        String type = types.get(other)[0][1];
        double roll = random.nextDouble();
        if (roll < 0.05) {
            LocalDate issued = date(now).minusDays(random.nextInt(60) + 1);
            licences.add(licenceIds.next(), p.id, other, type, licenceNumber(other, type), issued, issued.plusYears(2), null, null, null,
                    null, null);
        } else if (roll < 0.07) {
            long rejectedAt = p.createdAt + between(2 * DAY, 30 * DAY);
            LocalDate issued = date(rejectedAt).minusYears(1);
            licences.add(licenceIds.next(), p.id, other, type, licenceNumber(other, type), issued, issued.plusYears(2), null, null,
                    at(rejectedAt), operator.id(), "The licence number does not match the state board's record.");
            audit(rejectedAt, operator.id(), "PLATFORM_ADMIN", "providers.licence.reject", null, other);
        } else if (roll < 0.12) {
            LocalDate expired = date(horizonStart).minusDays(random.nextInt(400) + 30);
            long verifiedAt = p.createdAt + between(DAY, 6 * DAY);
            String id = licenceIds.next();
            licences.add(id, p.id, other, type, licenceNumber(other, type), expired.minusYears(2), expired, operator.id(), at(verifiedAt),
                    null, null, null);
            audit(verifiedAt, operator.id(), "PLATFORM_ADMIN", "providers.licence.verify", id, other);
        }
    }

    /** Weekly hours in the therapist's own zone (non-touching windows, so each is its own bookable period) and days off. */
    Calendar calendar(Provider p) {
        ZoneId zone = ZoneId.of(p.timeZone);
        int[][] pattern = switch (random.nextInt(5)) {
            // {first day (1 = Monday), number of days, start hh*2, end hh*2 (half hours), second start, second end}
            case 0 -> new int[][]{{1, 5, 16, 24, 26, 34}};
            case 1 -> new int[][]{{1, 4, 18, 26, 28, 38}};
            case 2 -> new int[][]{{2, 5, 20, 28, 30, 38}};
            case 3 -> new int[][]{{1, 5, 14, 23, 25, 33}, {6, 1, 18, 26, 0, 0}};
            default -> new int[][]{{1, 3, 16, 24, 26, 36}, {4, 2, 24, 40, 0, 0}};
        };
        List<Object[]> weekly = new ArrayList<>();
        for (int[] block : pattern) {
            for (int d = block[0]; d < block[0] + block[1]; d++) {
                DayOfWeek day = DayOfWeek.of(d);
                weekly.add(new Object[]{day, LocalTime.of(block[2] / 2, block[2] % 2 * 30), LocalTime.of(block[3] / 2, block[3] % 2 * 30)});
                if (block[5] > 0) {
                    weekly.add(new Object[]{day, LocalTime.of(block[4] / 2, block[4] % 2 * 30), LocalTime.of(block[5] / 2, block[5] % 2 * 30)});
                }
            }
        }
        for (Object[] w : weekly) {
            windows.add(++windowId, p.id, ((DayOfWeek) w[0]).name(), w[1].toString() + ":00", w[2].toString() + ":00");
        }
        Set<LocalDate> off = new HashSet<>();
        LocalDate first = date(horizonStart).minusDays(1), last = date(horizonEnd).plusDays(1);
        long days = last.toEpochDay() - first.toEpochDay();
        int count = (int) (days / 365.0 * (6 + random.nextInt(8)));
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextLong(days));
            if (day.getDayOfWeek().getValue() <= 5 && off.add(day)) {
                daysOff.add(++dayOffId, p.id, day, chance(0.5) ? null : pick("Vacation", "Conference", "Personal day", "Training"));
            }
        }
        Calendar calendar = new Calendar(horizonStart, horizonEnd);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (off.contains(day)) {
                continue;
            }
            for (Object[] w : weekly) {
                if (w[0] == day.getDayOfWeek()) {
                    calendar.openBetween(ZonedDateTime.of(day, (LocalTime) w[1], zone).toEpochSecond(),
                            ZonedDateTime.of(day, (LocalTime) w[2], zone).toEpochSecond());
                }
            }
        }
        return calendar;
    }

    /** Providers joined by invitation, then filled in their profile; capacity is known only once referrals are made. */
    void providerRows() {
        for (Provider p : concat(therapists, prescribers)) {
            long invited = p.createdAt - between(HOUR, 48 * HOUR);
            providerInvitations.add(invitationIds.next(), p.email, p.displayName, p.kind, Crypto.sha256Hex(token()), operator.id(),
                    at(invited), at(invited + 72 * HOUR), at(p.createdAt), null);
            Account account = new Account(p.accountId, p.email, p.displayName, p.createdAt);
            accounts.add(account.id(), crypto.keyed(p.email), passwordHash, "PROVIDER", p.displayName, null, "ACTIVE", at(p.createdAt));
            // Open referrals never close when care ends, so a therapist's load counts every member they ever accepted;
            // capacity is set just above it (see README), the only way routing could have placed them all.
            int headroom = chance(0.1) ? 0 : 1 + random.nextInt(25);
            int capacity = p.therapist() ? p.load + headroom : 10 + random.nextInt(20);
            p.nextAvailableOn = p.therapist() && chance(0.05) ? date(now).plusDays(3 + random.nextInt(20)) : null;
            profiles.add(p.id, p.accountId, p.displayName, p.kind, p.credentials, p.timeZone, at(p.createdAt), capacity, p.modalities,
                    "ACTIVE", p.nextAvailableOn);
            for (String language : p.languages) {
                languages.add(++languageId, p.id, language);
            }
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Employers, their HR admins and programmes

    void employersAndProgrammes() {
        int count = options.scaled(1000, 10);
        int entries = options.scaled(1_000_000, 1000);
        int[] sizes = employerSizes(count, entries);
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Employer e = new Employer();
            e.id = employerIds.next();
            String name;
            do {
                name = pick(COMPANY_FIRST) + " " + pick(COMPANY_SECOND);
            } while (!names.add(name) && names.size() < COMPANY_FIRST.length * COMPANY_SECOND.length - 10);
            e.displayName = name;
            e.legalName = name + pick(LEGAL_SUFFIX);
            e.domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + (i + 1) + ".example";
            e.homeState = weighted(new String[]{"CA", "NY", "UT", "VT"}, new double[]{0.45, 0.30, 0.15, 0.10});
            e.size = sizes[i];
            e.listHasBirthDates = chance(0.25);
            e.uptake = 0.05 + random.nextDouble() * 0.11;
            e.status = i > 20 && chance(0.015) ? "SUSPENDED" : "ACTIVE";
            // Bigger employers have been on the platform longer, on average.
            long oldest = now - 42 * 30 * DAY, youngest = now - 45 * DAY;
            double age = Math.pow(random.nextDouble(), e.size > 5000 ? 0.5 : 1.0);
            e.createdAt = youngest - (long) ((youngest - oldest) * age);
            String contact = personName();
            employers.add(e.id, e.legalName, e.displayName, e.status, at(e.createdAt), contact, "people@" + e.domain,
                    "accounts@" + e.domain);
            int admins = 1 + (e.size > 20_000 ? 2 : e.size > 2_000 ? 1 : 0) + (chance(0.2) ? 1 : 0);
            long invited = e.createdAt + between(10 * MINUTE, 2 * DAY);
            for (int a = 0; a < admins; a++) {
                String adminName = a == 0 ? contact : personName();
                String email = "hr" + (a + 1) + "@" + e.domain;
                Account inviter = a == 0 ? operator : e.hrAdmins.get(0);
                long accepted = invited + between(HOUR, 60 * HOUR);
                if (a > 0 && accepted > now) {
                    break;
                }
                hrInvitations.add(invitationIds.next(), e.id, email, adminName, Crypto.sha256Hex(token()), inviter.id(), at(invited),
                        at(invited + 72 * HOUR), at(accepted), null);
                e.hrAdmins.add(account(email, "HR_ADMIN", adminName, e.id, accepted));
                invited = accepted + between(DAY, 90 * DAY);
            }
            if (chance(0.03)) {
                long pending = now - between(HOUR, 40 * HOUR);
                hrInvitations.add(invitationIds.next(), e.id, "hr.pending@" + e.domain, personName(), Crypto.sha256Hex(token()),
                        e.hrAdmins.get(0).id(), at(pending), at(pending + 72 * HOUR), null, null);
            }
            programmesOf(e, codes);
            employerList.add(e);
        }
    }

    String weighted(String[] values, double[] weights) {
        double roll = random.nextDouble(), sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i];
            if (roll < sum) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A few employers with 50k-100k people, a band of mid-sized ones and a long tail of small ones, summing to the target. */
    int[] employerSizes(int count, int total) {
        double[] raw = new double[count];
        int[] giants = {100_000, 85_000, 70_000, 60_000, 50_000};
        double fixed = 0;
        for (int i = 0; i < count; i++) {
            if (i < giants.length) {
                raw[i] = giants[i] * options.scale();
                fixed += raw[i];
            }
        }
        double rest = 0;
        double[] tail = new double[count];
        for (int i = giants.length; i < count; i++) {
            tail[i] = i < giants.length + count / 50 ? 8000 + random.nextDouble() * 17000 : Math.exp(5.3 + random.nextGaussian() * 1.1);
            rest += tail[i];
        }
        int[] sizes = new int[count];
        int sum = 0;
        for (int i = 0; i < count; i++) {
            double value = i < giants.length ? raw[i] : tail[i] * (total - fixed) / rest;
            sizes[i] = Math.max(5, (int) Math.round(value));
            sum += sizes[i];
        }
        sizes[giants.length] += total - sum;
        return sizes;
    }

    void programmesOf(Employer e, Set<String> codes) {
        Account hr = e.hrAdmins.get(0);
        long created = hr.createdAt() + between(DAY, 20 * DAY);
        if (created > now - 40 * DAY) {
            created = now - between(35 * DAY, 40 * DAY);
        }
        // Big enough to split a list in two without the 5-row floor adding entries beyond the target total.
        boolean hadPilot = created < now - 17 * 30 * DAY && e.size >= 40 && chance(0.2);
        if (hadPilot) {
            Programme pilot = programme(e, created, codes, true);
            created = pilot.closedAt - between(20 * DAY, 40 * DAY);
        }
        programme(e, created, codes, false);
        if (chance(0.12)) {
            long draftAt = now - between(DAY, 30 * DAY);
            Programme draft = new Programme();
            draft.employer = e;
            draft.id = programmeIds.next();
            draft.name = e.displayName + " Coachella Valley pilot (draft)";
            draft.status = "DRAFT";
            draft.startsOn = date(now).plusMonths(1 + random.nextInt(3)).withDayOfMonth(1);
            draft.endsOn = draft.startsOn.plusYears(1).minusDays(1);
            draft.packageHours = 18;
            draft.priceCents = 315_000;
            draft.stateSet = Set.of("CA");
            draft.states = "CA";
            draft.createdAt = draft.updatedAt = draftAt;
            draft.createdBy = draft.updatedBy = pick(e.hrAdmins).id();
            draft.seatsInitial = draft.seats = Math.max(5, e.size / 50);
            e.programmes.add(draft);
        }
    }

    Programme programme(Employer e, long created, Set<String> codes, boolean pilot) {
        Programme p = new Programme();
        p.employer = e;
        p.id = programmeIds.next();
        p.createdAt = created;
        p.createdBy = pick(e.hrAdmins.stream().filter(a -> a.createdAt() <= created).toList().isEmpty()
                ? e.hrAdmins.subList(0, 1) : e.hrAdmins.stream().filter(a -> a.createdAt() <= created).toList()).id();
        p.startsOn = date(created + between(3 * DAY, 25 * DAY)).withDayOfMonth(1).plusMonths(1);
        p.upload1At = created + between(HOUR, 5 * DAY);
        p.activatedAt = p.upload1At + between(HOUR, 4 * DAY);
        if (pilot) {
            p.endsOn = p.startsOn.plusYears(1).minusDays(1);
            p.closedAt = Math.min(now - 30 * DAY, p.endsOn.plusDays(1).toEpochDay() * DAY + between(HOUR, 10 * DAY));
            p.name = e.displayName + " KAP pilot " + p.startsOn.getYear();
            p.status = "CLOSED";
        } else {
            LocalDate ends = p.startsOn.plusYears(1).minusDays(1);
            while (!ends.isAfter(date(now).plusDays(30))) {
                ends = ends.plusYears(1);
            }
            p.endsOn = ends;
            p.name = e.displayName + " KAP benefit " + p.startsOn.getYear();
            p.status = "ACTIVE";
            String code;
            do {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                    b.append("ABCDEFGHJKMNPQRSTUVWXYZ23456789".charAt(random.nextInt(31)));
                }
                code = b.toString();
            } while (!codes.add(code));
            p.code = code;
        }
        double packageRoll = random.nextDouble();
        p.packageHours = packageRoll < 0.75 ? 18 : packageRoll < 0.92 ? 24 : 12;
        p.priceCents = p.packageHours == 18 ? (chance(0.8) ? 315_000 : 300_000) : p.packageHours == 24 ? 420_000 : 210_000;
        String home = e.homeState;
        double roll = random.nextDouble();
        Set<String> states = new java.util.TreeSet<>(Comparator.comparingInt(s -> Arrays.asList(STATES).indexOf(s)));
        if (roll < 0.6) {
            states.addAll(List.of(STATES));
        } else if (roll < 0.8) {
            states.add(home);
        } else {
            states.add(home);
            states.add(home.equals("CA") ? "NY" : home.equals("NY") ? "VT" : "CA");
        }
        p.stateSet = states;
        p.states = String.join(",", states);
        p.upload1 = uploadIds.next();
        if (p.activatedAt < Math.min(now, p.closedAt == 0 ? now : p.closedAt) - 120 * DAY && chance(0.7)) {
            p.upload2 = uploadIds.next();
            p.upload2At = between(p.activatedAt + 60 * DAY, (p.closedAt == 0 ? now : p.closedAt) - 7 * DAY);
        }
        e.programmes.add(p);
        return p;
    }

    /** Shares the eligibility entries and members over the programmes in proportion to employer size and uptake. */
    void allocateMembers() {
        List<Programme> listed = new ArrayList<>();
        for (Employer e : employerList) {
            List<Programme> withLists = e.programmes.stream().filter(p -> !p.status.equals("DRAFT")).toList();
            int remaining = e.size;
            for (Programme p : withLists) {
                p.listSize = p.status.equals("CLOSED") && withLists.size() > 1 ? Math.max(5, (int) (e.size * 0.35)) : 0;
                remaining -= p.listSize;
            }
            for (Programme p : withLists) {
                if (p.listSize == 0) {
                    p.listSize = Math.max(5, remaining);
                }
                if (p.upload2 != null) {
                    p.left = (int) (p.listSize * (0.02 + random.nextDouble() * 0.06));
                    p.joiners = (int) (p.listSize * (0.02 + random.nextDouble() * 0.08));
                }
                listed.add(p);
            }
        }
        // The pilot's list and the current one name the same employees; a person enrols once, so members are drawn apart.
        int target = options.scaled(100_000, 100);
        double[] weights = new double[listed.size()];
        double sum = 0;
        for (int i = 0; i < listed.size(); i++) {
            Programme p = listed.get(i);
            weights[i] = (p.listSize - p.left - p.joiners) * p.employer.uptake * (p.status.equals("CLOSED") ? 0.6 : 1.0);
            sum += weights[i];
        }
        int assigned = 0;
        double[] remainders = new double[listed.size()];
        for (int i = 0; i < listed.size(); i++) {
            double exact = target * weights[i] / sum;
            listed.get(i).members = (int) exact;
            remainders[i] = exact - (int) exact;
            assigned += listed.get(i).members;
        }
        Integer[] order = new Integer[listed.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; assigned < target; i = (i + 1) % order.length) {
            listed.get(order[i]).members++;
            assigned++;
        }
        for (Programme p : listed) {
            p.members = Math.min(p.members, (p.listSize - p.left - p.joiners) / 2);
            p.employer.members += p.members;
        }
        int short_ = target - listed.stream().mapToInt(p -> p.members).sum();
        for (Programme p : listed.stream().sorted(Comparator.comparingInt((Programme p) -> -p.listSize)).toList()) {
            if (short_ <= 0) {
                break;
            }
            int room = (p.listSize - p.left - p.joiners) / 2 - p.members;
            int add = Math.min(room, short_);
            p.members += add;
            p.employer.members += add;
            short_ -= add;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Eligibility lists: keyed hashes only, sorted per programme so the unique index is appended in order

    record Entry(String hash, String birthHash, int employee, LocalDate birthDate, boolean active, String uploadId) {
    }

    List<Entry> currentEntries;
    Map<Integer, Entry> entriesByEmployee;
    Map<String, Long> entryIds;

    void eligibilityList(Programme p) {
        Employer e = p.employer;
        currentEntries = new ArrayList<>(p.listSize);
        entriesByEmployee = new HashMap<>();
        entryIds = new HashMap<>();
        if (p.status.equals("DRAFT")) {
            return;
        }
        Account hr = p.employer.hrAdmins.get(0);
        int both = p.listSize - p.left - p.joiners;
        uploads.add(p.upload1, p.id, hr.id(), at(p.upload1At), "REPLACE", p.left + both);
        if (p.upload2 != null) {
            uploads.add(p.upload2, p.id, pick(e.hrAdmins).id(), at(p.upload2At), "REPLACE", both + p.joiners);
        }
        for (int k = 0; k < p.listSize; k++) {
            String identifier = "employee" + (k + 1) + "@" + e.domain;
            LocalDate birth = birthDateOf(e, k);
            String hash = crypto.keyed(identifier);
            String birthHash = e.listHasBirthDates ? crypto.keyed(identifier + "|" + birth) : null;
            boolean left = k < p.left;
            boolean active = !left;
            String upload = p.upload2 == null || left ? p.upload1 : p.upload2;
            Entry entry = new Entry(hash, birthHash, k, birth, active, upload);
            currentEntries.add(entry);
            entriesByEmployee.put(k, entry);
        }
        currentEntries.sort(Comparator.comparing(Entry::hash));
        for (Entry entry : currentEntries) {
            long id = ++eligibilityId;
            entryIds.put(entry.hash(), id);
            eligibility.add(id, p.id, entry.hash(), entry.birthHash(), entry.uploadId(), entry.active());
        }
    }

    /** Employees on the largest list who have not enrolled: for benchmarks of eligibility checks and enrolment. */
    void rememberUnenrolled(Programme p) {
        for (int k = p.listSize - 1; k >= p.left && unenrolledSamples.size() < 200; k--) {
            if (!p.employer.usedEmployees.contains(k)) {
                unenrolledSamples.add("employee" + (k + 1) + "@" + p.employer.domain
                        + (p.employer.listHasBirthDates ? "|" + birthDateOf(p.employer, k) : ""));
            }
        }
    }

    Programme largest;

    Programme largestProgramme() {
        if (largest == null) {
            largest = employerList.stream().flatMap(e -> e.programmes.stream()).filter(p -> p.status.equals("ACTIVE"))
                    .max(Comparator.comparingInt(p -> p.listSize)).orElseThrow();
        }
        return largest;
    }

    LocalDate birthDateOf(Employer e, int employee) {
        long mix = (e.id.hashCode() * 31L + employee) * 0x9E3779B97F4A7C15L;
        SplittableRandom r = new SplittableRandom(mix);
        return LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 43));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One member's journey, simulated up to now

    final class Member {
        final Programme programme;
        final String accountId, email, enrolmentId, reservationId;
        final String location;
        final LocalDate birthDate;
        final long enrolledAt;
        long withdrawnAt, baselineDone, careStartedAt;
        Object[] pendingEnrolment;
        double depression, anxiety, trauma;
        boolean selfHarm;
        String language;
        boolean languageRequired;
        BigDecimal hoursConsumed = BigDecimal.ZERO;
        String stage = "ENROLLED";

        Member(Programme programme) {
            this.programme = programme;
            Employer e = programme.employer;
            int employee;
            int eligibleFrom = programme.left, eligibleTo = programme.listSize - programme.joiners;
            do {
                employee = eligibleFrom + random.nextInt(eligibleTo - eligibleFrom);
            } while (!e.usedEmployees.add(employee));
            Entry entry = entriesByEmployee.get(employee);
            long entryId = entryIds.get(entry.hash());
            birthDate = e.listHasBirthDates ? entry.birthDate() : LocalDate.of(1962, 1, 1).plusDays(random.nextInt(365 * 40));
            double roll = random.nextDouble();
            if (roll < 0.78) {
                location = e.homeState;
            } else if (roll < 0.92) {
                String other;
                do {
                    other = weighted(STATES, new double[]{0.45, 0.3, 0.15, 0.1});
                } while (other.equals(e.homeState));
                location = other;
            } else {
                location = "OTHER";
            }
            long from = programme.activatedAt + between(HOUR, 3 * DAY);
            long until = programme.closedAt == 0 ? now - 10 * MINUTE : programme.closedAt;
            // A launch wave, then a steady and growing stream as word gets round.
            double position = chance(0.25) ? random.nextDouble() * 0.12 : Math.pow(random.nextDouble(), 0.6);
            long enrolled = from + (long) ((until - from) * position);
            enrolledAt = enrolled;
            memberSequence++;
            email = String.format(Locale.ROOT, "member%06d@members.bench.example", memberSequence);
            String pseudonym = pseudonym();
            accountId = accountIds.next();
            enrolmentId = enrolmentIds.next();
            reservationId = reservationIds.next();
            accounts.add(accountId, crypto.keyed(email), passwordHash, "MEMBER", pseudonym, e.id, "ACTIVE", at(enrolledAt));
            String legalName = personName();
            String phone = chance(0.9) ? "+1 " + pick(AREA_CODES.get(location)) + " 555 " + String.format(Locale.ROOT, "%04d",
                    random.nextInt(10000)) : null;
            String address = chance(0.85) ? (100 + random.nextInt(9800)) + " " + pick(STREETS) + ", " + pick(CITIES.get(location)) : null;
            vault.add(accountId, crypto.vaultKeyId, crypto.seal(legalName, accountId, "legal_name"),
                    crypto.seal(birthDate.toString(), accountId, "birth_date"),
                    phone == null ? null : crypto.seal(phone, accountId, "phone"),
                    address == null ? null : crypto.seal(address, accountId, "address"),
                    crypto.seal(email.toLowerCase(Locale.ROOT), accountId, "email"), at(enrolledAt), at(enrolledAt));
            String ageBand = ageBand(birthDate, date(enrolledAt));
            pendingEnrolment = new Object[]{enrolmentId, accountId, programme.id, entryId, reservationId, location, "ENROLLED",
                    at(enrolledAt), null, ageBand};
            programme.enrolmentTimes.add(enrolledAt);
            depression = clamp(0.52 + random.nextGaussian() * 0.17, 0.05, 0.97);
            anxiety = clamp(depression * 0.7 + 0.15 + random.nextGaussian() * 0.12, 0.03, 0.97);
            trauma = clamp(0.42 + random.nextGaussian() * 0.2, 0.02, 0.95);
            selfHarm = chance(0.09);
        }
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The portal's own age bands (enrolment/AgeBand, package-private there), so the two cannot drift apart. */
    static final java.lang.invoke.MethodHandle AGE_BAND = appMethod("com.kapbenefit.portal.enrolment.AgeBand", "of",
            LocalDate.class, LocalDate.class);

    static java.lang.invoke.MethodHandle appMethod(String type, String name, Class<?>... parameters) {
        try {
            var method = Class.forName(type).getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return java.lang.invoke.MethodHandles.lookup().unreflect(method);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + "." + name + " changed shape; update this generator", e);
        }
    }

    static String ageBand(LocalDate birth, LocalDate today) {
        try {
            return (String) AGE_BAND.invokeExact(birth, today);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void member(Programme programme) {
        Member m = new Member(programme);
        journey(m);
        boolean released = false;
        if (m.withdrawnAt > 0) {
            m.pendingEnrolment[6] = "WITHDRAWN";
            m.pendingEnrolment[8] = at(m.withdrawnAt);
            // A seat whose package hours were used stays billed to the programme; otherwise it is given back.
            released = m.hoursConsumed.signum() == 0;
        }
        reservations.add(m.reservationId, programme.id, m.enrolmentId, at(m.enrolledAt), released ? at(m.withdrawnAt) : null);
        enrolments.add(m.pendingEnrolment);
        if (!released) {
            programme.held++;
        }
        // Baseline answers repeated while waiting for clearance and care, never after care began.
        long retakeUntil = m.careStartedAt > 0 ? m.careStartedAt - HOUR : Math.min(now, m.baselineDone + 150 * DAY);
        if (m.baselineDone > 0 && m.withdrawnAt == 0 && retakeUntil > m.baselineDone + 2 * HOUR) {
            retakes.add(new Retake(m.accountId, m.baselineDone + HOUR, retakeUntil, m.depression, m.anxiety));
        }
        stage(m.withdrawnAt > 0 ? "WITHDRAWN" : m.stage, m.email);
    }

    /** Stops the journey here when the member withdraws (their enrolment only: the app changes nothing else). */
    boolean withdraws(Member m, double p, long at) {
        if (chance(p)) {
            long when = at + delay(3 * DAY, 40 * DAY);
            if (when <= now) {
                m.withdrawnAt = when;
                return true;
            }
        }
        return false;
    }

    void journey(Member m) {
        if (withdraws(m, 0.03, m.enrolledAt) || !chance(0.95)) {
            return;
        }
        if (chance(0.12)) {
            long viewed = m.enrolledAt + delay(DAY, 200 * DAY);
            if (viewed <= now) {
                vaultReads.add(++readId, m.accountId, m.accountId, "MEMBER", "member viewing own details", at(viewed));
                audit(viewed, m.accountId, "MEMBER", "identity.read", m.accountId, "member viewing own details");
            }
        }
        long t = m.enrolledAt + delay(HOUR, 5 * DAY);
        if (t > now) {
            return;
        }
        if (t + 8 * MINUTE > now) {
            return;
        }
        for (String kind : CONSENT_KINDS) {
            consents.add(++consentId, m.accountId, kind, 1, at(t), null);
            audit(t, m.accountId, "MEMBER", "consent.accept", m.accountId, kind + " v1");
            t += between(5, 90);
        }
        m.stage = "CONSENTED";
        preference(m, t);
        if (withdraws(m, 0.02, t)) {
            return;
        }
        // Baseline screening: the four questionnaires, or some of them for members who stopped half way.
        boolean completes = chance(0.93);
        t += delay(2 * HOUR, 10 * DAY);
        int answered = completes ? 4 : random.nextInt(4);
        String[] instruments = {"PHQ9", "GAD7", "PCL5", "CONTRAINDICATIONS"};
        int done = 0;
        for (; done < answered; done++) {
            long answerAt = t + (done == 0 ? 0 : between(2 * MINUTE, 12 * MINUTE));
            if (answerAt > now) {
                break;
            }
            t = answerAt;
            answer(m, instruments[done], "BASELINE", t, 1.0);
        }
        if (done < 4) {
            return;
        }
        // The fourth answer completes the baseline, and clearance queues the case in the same moment.
        m.baselineDone = t;
        m.stage = "AWAITING_CLEARANCE";
        clearance(m, t);
    }

    void preference(Member m, long at) {
        if (!chance(0.35)) {
            return;
        }
        double roll = random.nextDouble();
        boolean california = m.location.equals("CA");
        m.language = roll < (california ? 0.45 : 0.2) ? "es" : roll < 0.88 ? "en" : pick("zh", "vi", "tl", "ko", "ru");
        m.languageRequired = (m.language.equals("es") && chance(0.5)) || (m.language.equals("en") && chance(0.1));
        preferences.add(m.accountId, m.language, m.languageRequired, at(Math.min(now, at + between(MINUTE, 20 * MINUTE))));
    }

    int[] items(int count, int max, double severity) {
        int[] answers = new int[count];
        for (int i = 0; i < count; i++) {
            answers[i] = (int) Math.round(clamp(severity * max + random.nextGaussian() * 0.75, 0, max));
        }
        return answers;
    }

    /** One questionnaire, scored and banded as screening/Scoring does, raising the flags screening/Screenings raises. */
    void answer(Member m, String instrument, String timepoint, long at, double factor) {
        answer(m.accountId, instrument, timepoint, at, m.depression * factor, m.anxiety * factor, m.trauma * factor,
                m.selfHarm && (factor > 0.75 || chance(0.3)));
    }

    void answer(String accountId, String instrument, String timepoint, long at, double depression, double anxiety, double trauma,
                boolean selfHarm) {
        int[] answers;
        String details = null;
        String band;
        List<String> reasons = new ArrayList<>();
        switch (instrument) {
            case "PHQ9" -> {
                answers = items(9, 3, depression);
                answers[8] = selfHarm ? 1 + random.nextInt(2) : 0;
            }
            case "GAD7" -> answers = items(7, 3, anxiety);
            case "PCL5" -> answers = items(20, 4, trauma);
            default -> {
                answers = new int[7];
                if (chance(0.11)) {
                    answers[random.nextInt(7)] = 1;
                    if (chance(0.2)) {
                        answers[random.nextInt(7)] = 1;
                    }
                    if (chance(0.6)) {
                        details = pick("Blood pressure is treated and has been stable for a year.",
                                "I take an SSRI and a sleep medication.", "Past alcohol use, sober for three years.",
                                "Breastfeeding until next spring.", "Felt very dizzy after ketamine at the dentist once.");
                    }
                }
                for (int i = 0; i < 7; i++) {
                    if (answers[i] == 1) {
                        reasons.add(CONTRAINDICATION_ITEMS[i]);
                    }
                }
            }
        }
        int total = Arrays.stream(answers).sum();
        band = switch (instrument) {
            case "PHQ9" -> total >= 20 ? "SEVERE" : total >= 15 ? "MODERATELY_SEVERE" : gad7Band(total);
            case "GAD7" -> gad7Band(total);
            case "PCL5" -> total >= 33 ? "PROBABLE_PTSD" : "BELOW_THRESHOLD";
            default -> reasons.isEmpty() ? "NONE_REPORTED" : "PRESCRIBER_REVIEW";
        };
        StringBuilder joined = new StringBuilder();
        for (int answer : answers) {
            joined.append(joined.length() == 0 ? "" : ",").append(answer);
        }
        responses.add(responseIds.next(), accountId, instrument, joined.toString(), details, total, band, at(at), timepoint);
        responseCount++;
        if (instrument.equals("PHQ9") && answers[8] > 0) {
            flags.add(++flagId, accountId, "URGENT_SELF_HARM", "PHQ9_ITEM_9", at(at), null);
        }
        if (!reasons.isEmpty()) {
            flags.add(++flagId, accountId, "PRESCRIBER_REVIEW", String.join(",", reasons), at(at), null);
        }
    }

    static String gad7Band(int total) {
        return total >= 15 ? "SEVERE" : total >= 10 ? "MODERATE" : total >= 5 ? "MILD" : "MINIMAL";
    }

    // --- clearance

    void clearance(Member m, long queuedAt) {
        boolean urgent = m.selfHarm;
        String caseId = clearanceIds.next();
        List<Provider> licensed = prescribersIn.getOrDefault(m.location, List.of());
        long acceptedAt = queuedAt + (urgent ? between(HOUR, 18 * HOUR) : delay(2 * DAY, 12 * DAY));
        if (licensed.isEmpty() || acceptedAt > now) {
            // Outside CA, NY, UT and VT no prescriber is licensed: the case waits in a queue no one sees.
            clearances.add(caseId, m.accountId, m.location, urgent, "QUEUED", null, null, null, at(queuedAt), null, null);
            if (m.location.equals("OTHER")) {
                m.stage = "OUTSIDE_CARE_STATES";
            }
            return;
        }
        Provider prescriber = pick(licensed);
        read(m, prescriber, acceptedAt, "medical clearance");
        long decidedAt = acceptedAt + delay(6 * HOUR, 3 * DAY);
        if (decidedAt > now) {
            clearances.add(caseId, m.accountId, m.location, urgent, "IN_REVIEW", prescriber.id, null, null, at(queuedAt), at(acceptedAt),
                    null);
            m.stage = "IN_REVIEW";
            return;
        }
        read(m, prescriber, decidedAt, "medical clearance");
        double roll = random.nextDouble();
        if (roll < 0.9) {
            String setting = chance(0.65) ? "HOME_WITH_SITTER" : "OFFICE_MONITORED";
            String message = chance(0.4) ? pick("Welcome to KAP. Start gently and keep your sitter close.",
                    "Cleared. Please keep taking your blood pressure medication as usual.",
                    "Cleared for monitored sessions in the office.") : null;
            clearances.add(caseId, m.accountId, m.location, urgent, "CLEARED", prescriber.id, setting, message, at(queuedAt), at(acceptedAt),
                    at(decidedAt));
            m.stage = "CLEARED";
            route(m, decidedAt, setting);
        } else {
            boolean notCleared = roll < 0.95;
            clearances.add(caseId, m.accountId, m.location, urgent, notCleared ? "NOT_CLEARED" : "MORE_INFORMATION", prescriber.id, null,
                    notCleared ? "Thank you for your openness. KAP is not safe for you right now; your doctor can help with other options."
                            : "Please send a note from your cardiologist about your blood pressure, then we can decide together.",
                    at(queuedAt), at(acceptedAt), at(decidedAt));
            m.stage = notCleared ? "NOT_CLEARED" : "MORE_INFORMATION";
            withdraws(m, notCleared ? 0.35 : 0.15, decidedAt);
        }
    }

    void read(Member m, Provider provider, long at, String purpose) {
        vaultReads.add(++readId, m.accountId, provider.accountId, "PROVIDER", purpose, at(at));
        audit(at, provider.accountId, "PROVIDER", "identity.read", m.accountId, purpose);
    }

    // --- routing

    void route(Member m, long clearedAt, String setting) {
        Programme p = m.programme;
        if (withdraws(m, 0.015, clearedAt)) {
            return;
        }
        if (m.location.equals("OTHER") || !p.stateSet.contains(m.location) || !p.activeAt(clearedAt)) {
            m.stage = "CLEARED_NOT_ROUTABLE";
            return;
        }
        Set<Provider> refused = new HashSet<>();
        long offeredAt = clearedAt;
        boolean chosen = false;
        for (int attempt = 0; attempt < 5; attempt++) {
            Provider therapist = rank(m, refused, chosen);
            if (therapist == null) {
                m.stage = "CLEARED_NOT_ROUTABLE";
                return;
            }
            String referralId = referralIds.next();
            String reasons = reasons(m, therapist, chosen);
            double roll = random.nextDouble();
            long answerAt = offeredAt + delay(8 * HOUR, 70 * HOUR);
            long lapsedAt = offeredAt + 72 * HOUR + between(0, 5 * MINUTE);
            if (roll < 0.87 && answerAt <= now) {
                therapist.load++;
                therapist.accepted++;
                referrals.add(referralId, m.accountId, therapist.id, m.accountId, "ACCEPTED", m.location, chosen, reasons, at(offeredAt),
                        at(answerAt), null, null, null);
                read(m, therapist, answerAt, "psychotherapy referral");
                m.stage = "REFERRAL_ACCEPTED";
                care(m, therapist, referralId, answerAt, setting);
                return;
            }
            if (roll < 0.87 || (roll < 0.92 && answerAt > now) || (roll >= 0.92 && roll < 0.96 && lapsedAt > now)
                    || (roll >= 0.96 && answerAt > now)) {
                therapist.load++;
                therapist.offered++;
                referrals.add(referralId, m.accountId, therapist.id, m.accountId, "OFFERED", m.location, chosen, reasons, at(offeredAt),
                        null, null, null, null);
                m.stage = "REFERRED";
                return;
            }
            long closedAt;
            if (roll < 0.92) {
                closedAt = answerAt;
                referrals.add(referralId, m.accountId, therapist.id, null, "DECLINED", m.location, chosen, reasons, at(offeredAt), null,
                        at(closedAt), "DECLINED", pick(DECLINE_NOTES));
                refused.add(therapist);
                chosen = false;
            } else if (roll < 0.96) {
                closedAt = lapsedAt;
                referrals.add(referralId, m.accountId, therapist.id, null, "EXPIRED", m.location, chosen, reasons, at(offeredAt), null,
                        at(closedAt), "NO_ANSWER_IN_72_HOURS", null);
                refused.add(therapist);
                chosen = false;
            } else {
                closedAt = answerAt;
                referrals.add(referralId, m.accountId, therapist.id, null, "ENDED", m.location, chosen, reasons, at(offeredAt), null,
                        at(closedAt), "MEMBER_ASKED_FOR_ANOTHER", chance(0.5) ? "I would prefer someone closer to my time zone." : null);
                refused.add(therapist);
                chosen = true;
            }
            if (closedAt > now) {
                return;
            }
            offeredAt = closedAt;
        }
    }

    /** As referral/TherapistRanking: licensed in the member's state, language first, then the lightest load. */
    Provider rank(Member m, Set<Provider> excluded, boolean memberChooses) {
        List<Provider> licensed = therapistsIn.getOrDefault(m.location, List.of());
        List<Provider> candidates = new ArrayList<>();
        for (Provider p : licensed) {
            if (!excluded.contains(p) && (!m.languageRequired || p.speaks(m.language))) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (memberChooses) {
            return pick(candidates);
        }
        Comparator<Provider> order = Comparator.<Provider, Boolean>comparing(p -> !p.speaks(m.language)).thenComparingInt(p -> p.load);
        candidates.sort(order);
        int top = Math.min(candidates.size(), 3);
        return candidates.get(random.nextInt(top));
    }

    String reasons(Member m, Provider therapist, boolean chosen) {
        List<String> parts = new ArrayList<>();
        if (chosen) {
            parts.add("MEMBER_CHOICE");
        }
        parts.add("LICENSED_IN_STATE=" + m.location);
        if (therapist.speaks(m.language)) {
            parts.add("SPEAKS_LANGUAGE=" + m.language);
        } else if (m.language != null && therapistsIn.get(m.location).stream().noneMatch(p -> p.speaks(m.language))) {
            parts.add("NO_THERAPIST_SPEAKS_LANGUAGE=" + m.language);
        }
        parts.add("ROOM_FOR_NEW_MEMBERS=" + (3 + random.nextInt(25)));
        if (!chosen) {
            parts.add("RANKED_FIRST=" + therapistsIn.get(m.location).size());
        }
        return String.join(";", parts);
    }

    // --- care: sessions in protocol order on the therapist's calendar

    final class Session {
        String id, kind, status = "BOOKED", cancelledBy, cancelReason, medicineId;
        long start, end, bookedAt, cancelledAt, completedAt, bookableFrom, earliest, latest;
        boolean late;
        BigDecimal hours;

        boolean active() {
            return status.equals("BOOKED") || status.equals("COMPLETED");
        }
    }

    final class Care {
        final Member m;
        final Provider therapist;
        final String referralId, setting, sitter;
        final List<Session> list = new ArrayList<>();
        BigDecimal taken = BigDecimal.ZERO;
        final BigDecimal packageHours;

        Care(Member m, Provider therapist, String referralId, String setting) {
            this.m = m;
            this.therapist = therapist;
            this.referralId = referralId;
            this.setting = setting;
            this.sitter = setting.equals("HOME_WITH_SITTER") ? pick(FIRST) + " " + pick(LAST) : null;
            this.packageHours = BigDecimal.valueOf(m.programme.packageHours);
        }

        boolean affords(String kind) {
            return taken.add(hoursOf(kind)).compareTo(packageHours) <= 0;
        }

        /**
         * Books a session the way CareSessions.book allows (24 h notice, 28-day horizon, inside an open period, free for
         * the therapist), then lets it be held, missed or cancelled by now; a cancelled or missed one is booked again.
         */
        Session book(String kind, long bookedAt, long bookableFrom, long earliest, long latest, long preferred, String medicineId) {
            for (int attempt = 0; attempt < 8; attempt++) {
                if (bookedAt > now || !affords(kind)) {
                    return null;
                }
                long from = Math.max(bookedAt + DAY, earliest);
                long until = Math.min(bookedAt + 28 * DAY, latest);
                int length = slotsOf(kind);
                long start = from > until ? -1 : therapist.calendar.find(from, until, Math.max(from, preferred), length, true);
                if (start < 0) {
                    if (latest != Long.MAX_VALUE) {
                        return null;
                    }
                    bookedAt += between(DAY, 4 * DAY);
                    continue;
                }
                Session s = new Session();
                s.id = sessionIds.next();
                s.kind = kind;
                s.start = start;
                s.end = start + length * SLOT;
                s.bookedAt = bookedAt;
                s.bookableFrom = bookableFrom;
                s.earliest = earliest;
                s.latest = latest;
                s.hours = hoursOf(kind);
                s.medicineId = medicineId;
                therapist.calendar.mark(start, length, true);
                taken = taken.add(s.hours);
                list.add(s);
                sessionCount++;
                // A few are cancelled ahead of time by either side; a member cancelling within 24 hours gives the hours up.
                if (chance(0.04)) {
                    boolean byMember = chance(0.7);
                    long cancelAt = byMember && chance(0.2) ? Math.max(bookedAt + MINUTE, s.start - between(HOUR, 23 * HOUR))
                            : between(bookedAt + MINUTE, Math.max(bookedAt + 2 * MINUTE, s.start - 25 * HOUR));
                    boolean late = byMember && cancelAt > s.start - DAY;
                    if (cancelAt <= now) {
                        s.status = "CANCELLED";
                        s.cancelledBy = byMember ? "MEMBER" : "PROVIDER";
                        s.cancelReason = byMember ? pick(CANCEL_REASONS) : pick(PROVIDER_CANCEL_REASONS);
                        s.cancelledAt = cancelAt;
                        s.late = late;
                        therapist.calendar.mark(start, length, false);
                        if (late) {
                            hoursUsed(s.hours, cancelAt);
                        } else {
                            taken = taken.subtract(s.hours);
                        }
                        bookedAt = cancelAt + delay(HOUR, 3 * DAY);
                        bookableFrom = cancelAt;
                        preferred = s.start + between(2 * HOUR, 3 * DAY);
                        continue;
                    }
                    return s;
                }
                if (s.start > now) {
                    return s;
                }
                if (chance(0.02)) {
                    long markedAt = s.start + between(15 * MINUTE, 3 * HOUR);
                    if (markedAt <= now) {
                        s.status = "NO_SHOW";
                        s.completedAt = markedAt;
                        taken = taken.subtract(s.hours);
                        bookedAt = markedAt + delay(6 * HOUR, 4 * DAY);
                        bookableFrom = markedAt;
                        preferred = bookedAt + 2 * DAY;
                        continue;
                    }
                    return s;
                }
                long markedAt = s.end + (chance(0.8) ? between(5 * MINUTE, 2 * HOUR) : between(2 * HOUR, 48 * HOUR));
                if (markedAt <= now) {
                    s.status = "COMPLETED";
                    s.completedAt = markedAt;
                    hoursUsed(s.hours, markedAt);
                }
                return s;
            }
            return null;
        }

        void hoursUsed(BigDecimal hours, long at) {
            hoursEntries.add(++hoursId, m.reservationId, hours, at(at));
            m.hoursConsumed = m.hoursConsumed.add(hours);
        }

        boolean medicineBookedAt(long at) {
            for (Session s : list) {
                if (s.kind.equals("MEDICINE") && s.bookedAt <= at && s.start > at
                        && (s.cancelledAt == 0 || s.cancelledAt > at) && (s.completedAt == 0 || s.completedAt > at)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Half-hour slots: 150 minutes for a medicine session, 60 for preparation and integration. */
    static int slotsOf(String kind) {
        return kind.equals("MEDICINE") ? 5 : 2;
    }

    static BigDecimal hoursOf(String kind) {
        return kind.equals("MEDICINE") ? MEDICINE_HOURS : ONE_HOUR;
    }

    /**
     * Preparation, then medicine sessions each followed by an integration within 96 hours, as far as now allows.
     * END_OF_TREATMENT falls due when an integration is held with no medicine session booked ahead (FollowUpSchedule),
     * so most members book their next medicine session before the integration is marked held.
     */
    void care(Member m, Provider therapist, String referralId, long acceptedAt, String setting) {
        Care c = new Care(m, therapist, referralId, setting);
        Map<String, long[]> followUp = new LinkedHashMap<>();
        long heldIntegration = 0;
        try {
            if (chance(0.03) || withdraws(m, 0.02, acceptedAt)) {
                return;
            }
            long bookAt = acceptedAt + delay(HOUR, 5 * DAY);
            Session prep = c.book("PREPARATION", bookAt, acceptedAt, 0, Long.MAX_VALUE, bookAt + DAY + between(0, 10 * DAY), null);
            if (prep == null || !prep.status.equals("COMPLETED")) {
                return;
            }
            m.stage = "IN_CARE";
            m.careStartedAt = prep.start;
            if (chance(0.12)) {
                read(m, therapist, between(prep.start - DAY, prep.start), "psychotherapy referral");
            }
            int cycles = cyclesWanted((int) ((m.programme.packageHours - 1) / 3.5));
            long medicineBookAt = prep.completedAt + delay(6 * HOUR, 6 * DAY);
            // From when the protocol allowed this booking: a reschedule's earlier booking cannot predate it.
            long medicineBookableFrom = prep.bookedAt;
            long preferred = prep.end + between(3 * DAY, 14 * DAY);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                if (cycle > 1 && withdraws(m, 0.02, medicineBookAt)) {
                    return;
                }
                if (!c.affords("MEDICINE")) {
                    return;
                }
                Session medicine = c.book("MEDICINE", medicineBookAt, medicineBookableFrom, prep.end, Long.MAX_VALUE, preferred, null);
                if (heldIntegration > 0) {
                    endOfTreatmentUnlessBooked(c, followUp, heldIntegration);
                    heldIntegration = 0;
                }
                if (medicine == null) {
                    return;
                }
                if (medicine.status.equals("COMPLETED") && !followUp.containsKey("MONTH_3")) {
                    followUp.put("MONTH_3", new long[]{plusMonths(medicine.start, 3)});
                    followUp.put("MONTH_6", new long[]{plusMonths(medicine.start, 6)});
                }
                long windowCloses = medicine.end + 96 * HOUR;
                long integrationBookAt = chance(0.6) ? medicine.bookedAt + between(MINUTE, 30 * MINUTE)
                        : medicine.completedAt > 0 ? medicine.completedAt + delay(2 * HOUR, 60 * HOUR) : Long.MAX_VALUE;
                Session integration = integrationBookAt > now ? null : c.book("INTEGRATION", integrationBookAt, medicine.bookedAt,
                        medicine.end, windowCloses, medicine.end + between(0, 60 * HOUR), medicine.id);
                windowReminders(m, therapist, medicine, windowCloses, integration);
                if (!medicine.status.equals("COMPLETED") || (integration == null && windowCloses > now)
                        || (integration != null && !integration.status.equals("COMPLETED"))) {
                    return;
                }
                long last = integration != null ? integration.completedAt : windowCloses;
                if (integration != null) {
                    heldIntegration = integration.completedAt;
                }
                if (cycle == cycles) {
                    return;
                }
                // One medicine session booked at a time: the next waits until this one is marked held, and usually
                // comes before the integration is marked held.
                medicineBookableFrom = Math.max(integration != null ? integration.bookedAt : windowCloses, medicine.completedAt);
                long early = Math.max(Math.max(integration != null ? integration.start - 2 * DAY : 0, medicineBookableFrom), 0);
                medicineBookAt = integration != null && early < integration.completedAt - MINUTE && chance(0.85)
                        ? between(early, integration.completedAt - MINUTE)
                        : Math.max(last, medicineBookableFrom) + delay(DAY, 14 * DAY);
                preferred = Math.max(last, medicineBookAt) + between(2 * DAY, 12 * DAY);
            }
        } finally {
            if (heldIntegration > 0) {
                endOfTreatmentUnlessBooked(c, followUp, heldIntegration);
            }
            finishCare(c, followUp, acceptedAt);
        }
    }

    void endOfTreatmentUnlessBooked(Care c, Map<String, long[]> followUp, long integrationHeldAt) {
        if (!followUp.containsKey("END_OF_TREATMENT") && !c.medicineBookedAt(integrationHeldAt)) {
            followUp.put("END_OF_TREATMENT", new long[]{integrationHeldAt});
        }
    }

    int cyclesWanted(int maxCycles) {
        double roll = random.nextDouble();
        int wanted = roll < 0.08 ? 1 : roll < 0.25 ? 2 : roll < 0.55 ? 3 : roll < 0.85 ? 4 : roll < 0.95 ? 5 : 6;
        return Math.max(1, Math.min(maxCycles, wanted));
    }

    static long plusMonths(long epochSecond, int months) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).plusMonths(months).toEpochSecond(ZoneOffset.UTC);
    }

    void windowReminders(Member m, Provider therapist, Session medicine, long closes, Session integration) {
        long warning = closes - DAY + between(0, 10 * MINUTE);
        boolean integratedBeforeWarning = integration != null && integration.bookedAt <= warning;
        if (!integratedBeforeWarning && warning <= now && (medicine.status.equals("BOOKED") || medicine.status.equals("COMPLETED"))) {
            reminder(m.accountId, "INTEGRATION_WINDOW_CLOSING", medicine.id, warning);
            reminder(therapist.accountId, "INTEGRATION_WINDOW_CLOSING", medicine.id, warning);
        }
        long missed = closes + between(0, 10 * MINUTE);
        if (integration == null && missed <= now) {
            reminder(m.accountId, "INTEGRATION_WINDOW_MISSED", medicine.id, missed);
        }
    }

    void reminder(String accountId, String kind, String subject, long at) {
        reminders.add(++reminderId, accountId, kind, subject, at(at));
        outbox.add(++outboxId, accountId, "PORTAL_MESSAGE_WAITING", at(at), null);
    }

    /** Writes the member's sessions, follow-ups and answers, and remembers who could book next for world.properties. */
    void finishCare(Care c, Map<String, long[]> followUp, long acceptedAt) {
        Member m = c.m;
        for (Session s : c.list) {
            sessions.add(s.id, m.accountId, c.therapist.id, c.referralId, s.kind, s.status, at(s.start), at(s.end), s.hours, m.location,
                    s.kind.equals("MEDICINE") ? c.setting : null, s.kind.equals("MEDICINE") ? c.sitter : null, s.medicineId, token(),
                    at(s.bookedAt), s.cancelledBy, s.cancelReason, atOrNull(s.cancelledAt), s.late, atOrNull(s.completedAt));
            if (s.active()) {
                reschedulable.add(new Reschedulable(m.accountId, c.therapist, c.referralId, s.kind, s.start, s.bookedAt,
                        Math.max(s.bookableFrom, acceptedAt), s.earliest, s.latest, m.location, s.kind.equals("MEDICINE") ? c.setting : null,
                        s.kind.equals("MEDICINE") ? c.sitter : null, s.medicineId));
            }
        }
        boolean treatmentEnded = followUp.containsKey("END_OF_TREATMENT");
        for (Map.Entry<String, long[]> f : followUp.entrySet()) {
            long due = f.getValue()[0];
            long completed = 0;
            double p = f.getKey().equals("END_OF_TREATMENT") ? 0.88 : f.getKey().equals("MONTH_3") ? 0.82 : 0.75;
            if (due <= now && m.withdrawnAt == 0 && chance(p)) {
                long t = due + (chance(0.5) ? between(10 * MINUTE, 2 * DAY) : between(2 * DAY, 25 * DAY));
                long[] times = {t, t + between(2 * MINUTE, 10 * MINUTE), 0};
                times[2] = times[1] + between(2 * MINUTE, 10 * MINUTE);
                if (times[2] <= now) {
                    double factor = improvement(f.getKey());
                    String[] outcomes = {"PHQ9", "GAD7", "PCL5"};
                    for (int i = 0; i < 3; i++) {
                        t = times[i];
                        answer(m, outcomes[i], f.getKey(), t, factor);
                    }
                    // FollowUpSchedule completes the follow-up on the answer that finishes it.
                    completed = t;
                }
            }
            String followUpId = followUpIds.next();
            followUps.add(followUpId, m.accountId, f.getKey(), at(due), atOrNull(completed));
            long sweep = due + between(0, 10 * MINUTE);
            if (sweep <= now && (completed == 0 || completed > sweep)) {
                reminder(m.accountId, "FOLLOW_UP_DUE", followUpId, sweep);
            }
        }
        if (m.withdrawnAt > 0) {
            return;
        }
        if (treatmentEnded) {
            m.stage = "COMPLETED";
            return;
        }
        // Could this member book something now? The protocol's rules, as Protocol.bounds applies them.
        boolean prepActive = c.list.stream().anyMatch(s -> s.active() && s.kind.equals("PREPARATION"));
        boolean medicineBooked = c.list.stream().anyMatch(s -> s.kind.equals("MEDICINE") && s.status.equals("BOOKED"));
        Session latestMedicine = c.list.stream().filter(s -> s.active() && s.kind.equals("MEDICINE"))
                .max(Comparator.comparingLong(s -> s.start)).orElse(null);
        boolean awaiting = latestMedicine != null && latestMedicine.end + 96 * HOUR > now && c.list.stream()
                .noneMatch(s -> s.active() && s.kind.equals("INTEGRATION") && latestMedicine.id.equals(s.medicineId));
        String next = null;
        if (!prepActive && c.affords("PREPARATION")) {
            next = "PREPARATION";
        } else if (prepActive && !medicineBooked && !awaiting && c.affords("MEDICINE")) {
            next = "MEDICINE";
        }
        if (next != null) {
            careMembers.add(new CareMember(m.email, next, c.setting, c.therapist));
        }
    }

    double improvement(String timepoint) {
        double base = switch (timepoint) {
            case "END_OF_TREATMENT" -> 0.55;
            case "MONTH_3" -> 0.5;
            default -> 0.55;
        };
        return chance(0.2) ? clamp(0.85 + random.nextGaussian() * 0.1, 0.6, 1.1) : clamp(base + random.nextGaussian() * 0.15, 0.15, 0.9);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Topping the totals up to the targets: reschedules and repeated baseline answers, both things members do

    /**
     * The simulation leaves fewer sessions than the target; the rest are earlier bookings of held or booked sessions that
     * were moved: cancelled more than 24 hours ahead at the very moment the later booking was made, as reschedule does.
     */
    void topUpSessions() {
        long missing = options.scaled(500_000, 500) - sessionCount;
        List<Integer> order = shuffledIndices(reschedulable.size());
        for (int pass = 0; pass < 3 && missing > 0; pass++) {
            for (int i : order) {
                if (missing <= 0) {
                    break;
                }
                Reschedulable r = reschedulable.get(i);
                long upper = r.bookedAt() - HOUR;
                if (upper <= r.bookableFrom()) {
                    continue;
                }
                long booked = between(Math.max(r.bookableFrom(), upper - 12 * DAY), upper);
                long cancelled = r.bookedAt();
                int length = slotsOf(r.kind());
                long from = Math.max(Math.max(booked + DAY, r.earliest()), cancelled + DAY + HOUR);
                long until = Math.min(booked + 28 * DAY, r.latest());
                long start = from > until ? -1 : r.therapist().calendar.find(from, until, from + between(0, 5 * DAY), length, false);
                if (start < 0) {
                    continue;
                }
                boolean byMember = chance(0.7);
                sessions.add(sessionIds.next(), r.accountId(), r.therapist().id, r.referralId(), r.kind(), "CANCELLED", at(start),
                        at(start + length * SLOT), hoursOf(r.kind()), r.location(), r.setting(), r.sitter(), r.medicineId(), token(),
                        at(booked), byMember ? "MEMBER" : "PROVIDER", byMember ? pick(CANCEL_REASONS) : pick(PROVIDER_CANCEL_REASONS),
                        at(cancelled), false, null);
                sessionCount++;
                missing--;
            }
        }
        System.out.printf(Locale.ROOT, "Sessions: %,d (after adding reschedules)%n", sessionCount);
    }

    /** Members look at their baseline again before and during care: PHQ-9 and GAD-7 answered anew, the latest counting. */
    void topUpQuestionnaires() {
        long missing = options.scaled(1_000_000, 1000) - responseCount;
        List<Integer> order = shuffledIndices(retakes.size());
        for (int pass = 0; pass < 6 && missing > 0; pass++) {
            for (int i : order) {
                if (missing <= 0) {
                    break;
                }
                Retake r = retakes.get(i);
                long t = between(r.from(), r.to());
                double drift = clamp(1 + random.nextGaussian() * 0.12, 0.6, 1.3);
                answer(r.accountId(), "PHQ9", "BASELINE", t, r.depression() * drift, r.anxiety() * drift, 0, chance(0.04));
                missing--;
                long next = t + between(2 * MINUTE, 10 * MINUTE);
                if (missing > 0 && chance(0.8) && next <= now) {
                    answer(r.accountId(), "GAD7", "BASELINE", next, r.depression() * drift, r.anxiety() * drift, 0, false);
                    missing--;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Questionnaire results: %,d (after adding repeated baseline answers)%n", responseCount);
    }

    List<Integer> shuffledIndices(int size) {
        List<Integer> order = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
        return order;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Programmes and the seat ledger, written once their members are known

    void programmeRows(List<Programme> all) {
        for (Programme p : all) {
            String price = BigDecimal.valueOf(p.priceCents, 2).toPlainString();
            if (p.status.equals("DRAFT")) {
                change(p, p.createdAt, p.createdBy, "Created the draft programme \"" + p.name + "\" with " + p.seats + " seats, "
                        + p.packageHours + " package hours at USD " + price + " per seat.");
                writeProgramme(p, false);
                continue;
            }
            List<Long> times = new ArrayList<>(p.enrolmentTimes);
            times.sort(null);
            int enrolled = times.size();
            p.seatsInitial = Math.max(5, (int) Math.round(enrolled * (0.7 + random.nextDouble() * 0.6)));
            p.seats = p.seatsInitial;
            String actor = p.createdBy;
            change(p, p.createdAt, actor, "Created the draft programme \"" + p.name + "\" with " + p.seats + " seats, " + p.packageHours
                    + " package hours at USD " + price + " per seat.");
            change(p, p.activatedAt, actor, "Activated the programme with " + p.seats + " seats; the enrolment code was issued.");
            p.purchases.add(new long[]{p.activatedAt, p.seats});
            p.version = 1;
            // Seats of an active programme only grow: more are bought whenever enrolments reach the seats held.
            for (int i = 0; i < enrolled; i++) {
                if (i + 1 > p.seats) {
                    int added = Math.max(5, (int) Math.round(p.seats * (0.1 + random.nextDouble() * 0.25)));
                    long at = Math.max(p.activatedAt + MINUTE, times.get(i) - between(HOUR, 5 * DAY));
                    change(p, at, actor = pick(p.employer.hrAdmins).id(), "Changed added " + added + " seats (" + p.seats + " \u2192 "
                            + (p.seats + added) + ").");
                    p.purchases.add(new long[]{at, added});
                    p.seats += added;
                    p.version++;
                }
            }
            if (p == largestProgramme() && p.seats < p.held * 6 / 5 + 10) {
                int added = p.held * 6 / 5 + 10 - p.seats;
                long at = now - between(DAY, 10 * DAY);
                change(p, at, actor = p.employer.hrAdmins.get(0).id(), "Changed added " + added + " seats (" + p.seats + " \u2192 "
                        + (p.seats + added) + ").");
                p.purchases.add(new long[]{at, added});
                p.seats += added;
                p.version++;
            }
            if (p.status.equals("CLOSED")) {
                change(p, p.closedAt, actor, "Closed the programme: no new enrolments; members already enrolled keep their care.");
                p.version++;
            }
            writeProgramme(p, p.status.equals("ACTIVE"));
        }
    }

    void change(Programme p, long at, String actor, String description) {
        p.changes.add(new Object[]{at, actor, description});
        if (at >= p.updatedAt) {
            p.updatedAt = at;
            p.updatedBy = actor;
        }
        audit(at, actor, "HR_ADMIN", "sponsorship.programme", p.id, description);
    }

    void writeProgramme(Programme p, boolean open) {
        programmeTable.add(p.id, p.employer.id, p.name, p.startsOn, p.endsOn, p.packageHours, p.priceCents,
                "PREPARATION,MEDICINE_SESSION_SUPPORT,INTEGRATION", p.states, p.status, p.status.equals("ACTIVE") ? p.code : null,
                atOrNull(p.activatedAt), atOrNull(p.closedAt), at(p.createdAt), p.createdBy, at(p.updatedAt), p.updatedBy, p.version);
        seatPools.add(p.id, p.seats, p.held, open);
        for (long[] purchase : p.purchases) {
            seatPurchases.add(++purchaseId, p.id, (int) purchase[1], at(purchase[0]));
        }
        p.changes.sort(Comparator.comparingLong(c -> (Long) c[0]));
        for (Object[] c : p.changes) {
            programmeChanges.add(++changeId, p.id, c[1], at((Long) c[0]), c[2]);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The audit log, in time order and hash-chained exactly as audit/AuditEvent.hashOf chains it

    String chainHead = "0".repeat(64);

    void auditRows() {
        auditRows.sort(Comparator.comparingLong(AuditRow::at).thenComparingLong(AuditRow::sequence));
        long id = 0;
        for (AuditRow row : auditRows) {
            String occurredAt = Instant.ofEpochSecond(row.at()).toString();
            StringBuilder canonical = new StringBuilder(256);
            for (String field : new String[]{chainHead, occurredAt, row.actor(), row.role(), row.action(), row.subject(), "ALLOWED",
                    row.detail()}) {
                canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append('|');
            }
            String hash = Crypto.sha256Hex(canonical.toString());
            audit.add(++id, at(row.at()), row.actor(), row.role(), row.action(), row.subject(), "ALLOWED", row.detail(), chainHead, hash);
            chainHead = hash;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // After the load: the chain head, statistics, sanity checks, counts

    Map<String, Long> finish() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password());
             Statement s = c.createStatement()) {
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
                head.setString(1, chainHead);
                head.executeUpdate();
            }
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            long started = System.nanoTime();
            for (String name : names) {
                try (ResultSet r = s.executeQuery("ANALYZE TABLE `" + name + "`")) {
                    while (r.next()) {
                        // statistics refreshed, as they would have been while the rows arrived one by one
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + name + "`")) {
                    r.next();
                    counts.put(name, r.getLong(1));
                }
            }
            System.out.printf(Locale.ROOT, "Analyzed and counted %d tables in %.0f s%n", names.size(), (System.nanoTime() - started) / 1e9);
            Map<String, String> checks = new LinkedHashMap<>();
            checks.put("seat pools whose seats_used differs from the seats held",
                    "SELECT COUNT(*) FROM seat_pool sp WHERE seats_used <> (SELECT COUNT(*) FROM seat_reservation r "
                            + "WHERE r.programme_id = sp.programme_id AND r.released_at IS NULL) OR seats_used > seats");
            checks.put("members with two open referrals",
                    "SELECT COUNT(*) FROM (SELECT open_account_id FROM referral WHERE open_account_id IS NOT NULL "
                            + "GROUP BY open_account_id HAVING COUNT(*) > 1) x");
            checks.put("accounts sharing a sign-in key",
                    "SELECT COUNT(*) FROM (SELECT sign_in_key FROM user_account GROUP BY sign_in_key HAVING COUNT(*) > 1) x");
            // Interval checks compare each session with the latest end before it: a self-join is far too slow here.
            checks.put("overlapping booked sessions of one therapist",
                    "SELECT COUNT(*) FROM (SELECT starts_at, MAX(ends_at) OVER (PARTITION BY therapist_id ORDER BY starts_at, id "
                            + "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end FROM care_session WHERE status = 'BOOKED') x "
                            + "WHERE before_end > starts_at");
            checks.put("seats whose package hours exceed the programme's",
                    "SELECT COUNT(*) FROM (SELECT e.reservation_id FROM package_hours_entry e JOIN seat_reservation r ON r.id = e.reservation_id "
                            + "JOIN programme p ON p.id = r.programme_id GROUP BY e.reservation_id, p.package_hours "
                            + "HAVING SUM(e.hours) > p.package_hours) x");
            checks.put("sessions of members without an accepted or open referral to that therapist",
                    "SELECT COUNT(*) FROM care_session s LEFT JOIN referral r ON r.id = s.referral_id AND r.therapist_id = s.therapist_id "
                            + "AND r.account_id = s.account_id WHERE r.id IS NULL OR r.accepted_at IS NULL");
            checks.put("integrations starting outside the 96 hours after their medicine session",
                    "SELECT COUNT(*) FROM care_session i JOIN care_session m ON m.id = i.medicine_session_id WHERE i.status <> 'CANCELLED' "
                            + "AND (i.starts_at < m.ends_at OR i.starts_at > m.ends_at + INTERVAL 96 HOUR)");
            checks.put("members with two medicine sessions booked at once",
                    "SELECT COUNT(*) FROM (SELECT booked_at, MAX(COALESCE(cancelled_at, completed_at, '9999-12-31')) OVER "
                            + "(PARTITION BY account_id ORDER BY booked_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_end "
                            + "FROM care_session WHERE kind = 'MEDICINE') x WHERE before_end > booked_at");
            checks.put("sessions booked with under 24 hours' notice or beyond 28 days",
                    "SELECT COUNT(*) FROM care_session WHERE starts_at < booked_at + INTERVAL 24 HOUR "
                            + "OR starts_at > booked_at + INTERVAL 28 DAY");
            String n = "'" + at(now) + "'";
            checks.put("things that happened after now (only session starts and follow-up due dates lie ahead)",
                    "SELECT (SELECT COUNT(*) FROM consent_acceptance WHERE accepted_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM questionnaire_response WHERE taken_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM referral WHERE offered_at > " + n + " OR accepted_at > " + n + " OR closed_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM clearance_case WHERE queued_at > " + n + " OR decided_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM care_session WHERE booked_at > " + n + " OR cancelled_at > " + n
                            + " OR completed_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM follow_up WHERE completed_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM audit_event WHERE occurred_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM user_account WHERE created_at > " + n + ")"
                            + " + (SELECT COUNT(*) FROM care_preference WHERE updated_at > " + n + ")");
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet r = s.executeQuery(check.getValue())) {
                    r.next();
                    long bad = r.getLong(1);
                    System.out.printf(Locale.ROOT, "check: %-75s %s%n", check.getKey(), bad == 0 ? "none" : bad + "  <-- PROBLEM");
                }
            }
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // bench/target/world.properties: who and what a load benchmark can use

    void writeProperties(Map<String, Long> counts, double seconds) throws IOException {
        long from = now + DAY + SLOT, to = now + 28 * DAY;
        Map<Provider, Integer> perTherapist = new HashMap<>();
        List<CareMember> care = new ArrayList<>();
        for (int i : shuffledIndices(careMembers.size())) {
            CareMember member = careMembers.get(i);
            int length = slotsOf(member.next());
            if (care.size() < 500 && perTherapist.getOrDefault(member.therapist(), 0) < 15
                    && member.therapist().calendar.freeStarts(from, to, length) > 0) {
                care.add(member);
                perTherapist.merge(member.therapist(), 1, Integer::sum);
            }
        }
        List<String> otherStages = new ArrayList<>(), other = new ArrayList<>();
        for (int round = 0; round < 40 && other.size() < 100; round++) {
            for (Map.Entry<String, List<String>> stage : stageSamples.entrySet()) {
                boolean inCare = stage.getKey().equals("IN_CARE") || stage.getKey().equals("REFERRAL_ACCEPTED");
                if (!inCare && round < stage.getValue().size() && other.size() < 100) {
                    other.add(stage.getValue().get(round));
                    otherStages.add(stage.getKey());
                }
            }
        }
        Employer big = largestProgramme().employer;
        Employer small = employerList.stream().filter(e -> e.status.equals("ACTIVE") && e.members > 0 && e != big)
                .min(Comparator.comparingInt(e -> Math.abs(e.size - (int) Math.max(30, 200 * options.scale())))).orElseThrow();
        List<Provider> busyTherapists = therapists.stream().filter(p -> p.accepted > 0)
                .sorted(Comparator.comparingInt((Provider p) -> -p.calendar.freeStarts(from, to, 2))).limit(50).toList();
        List<Provider> withOffers = therapists.stream().filter(p -> p.offered > 0).limit(50).toList();
        List<Provider> chosenPrescribers = prescribers.stream().sorted(Comparator.comparingInt((Provider p) -> -p.states.size()))
                .limit(20).toList();

        Map<String, String> out = new LinkedHashMap<>();
        out.put("generated.at", Instant.ofEpochSecond(now).toString());
        out.put("generated.scale", options.scaleName());
        out.put("generated.seed", String.valueOf(options.seed()));
        out.put("generated.seconds", String.format(Locale.ROOT, "%.0f", seconds));
        out.put("password", BENCH_PASSWORD);
        out.put("admin.email", operator.email());
        out.put("members.care", join(care.stream().map(CareMember::email).toList()));
        out.put("members.care.next-session", join(care.stream().map(CareMember::next).toList()));
        out.put("members.care.setting", join(care.stream().map(CareMember::setting).toList()));
        out.put("members.other", join(other));
        out.put("members.other.stage", join(otherStages));
        out.put("hr.largest.email", big.hrAdmins.get(0).email());
        out.put("hr.largest.employer", big.id);
        out.put("hr.largest.eligible", String.valueOf(big.size));
        out.put("hr.largest.programmes", join(big.programmes.stream().map(p -> p.id).toList()));
        out.put("hr.small.email", small.hrAdmins.get(0).email());
        out.put("hr.small.employer", small.id);
        out.put("hr.small.eligible", String.valueOf(small.size));
        out.put("hr.small.programmes", join(small.programmes.stream().map(p -> p.id).toList()));
        out.put("therapists", join(busyTherapists.stream().map(p -> p.email).toList()));
        out.put("therapists.with-offered-referrals", join(withOffers.stream().map(p -> p.email).toList()));
        out.put("prescribers", join(chosenPrescribers.stream().map(p -> p.email).toList()));
        out.put("enrolment.code", largestProgramme().code.substring(0, 4) + "-" + largestProgramme().code.substring(4, 8) + "-"
                + largestProgramme().code.substring(8));
        out.put("enrolment.programme", largestProgramme().id);
        out.put("enrolment.work-identifiers", join(unenrolledSamples.stream().map(s -> s.split("\\|")[0]).toList()));
        out.put("enrolment.birth-dates", join(unenrolledSamples.stream().map(s -> s.contains("|") ? s.split("\\|")[1] : "").toList()));
        stageCounts.forEach((stage, count) -> out.put("stage." + stage, String.valueOf(count)));
        counts.forEach((table, count) -> out.put("count." + table, String.valueOf(count)));
        Files.createDirectories(options.properties().toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(options.properties())) {
            writer.write("# The generated world, for the load benchmark (bench/world/README.md). Lists are comma-separated;\n");
            writer.write("# members.care.* lists are parallel: the member, the session kind they can book next, and their setting.\n");
            for (Map.Entry<String, String> entry : out.entrySet()) {
                writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "Wrote %s: %d care members able to book, %d at other stages, %d therapists, %d prescribers%n",
                options.properties(), care.size(), other.size(), busyTherapists.size(), chosenPrescribers.size());
    }

    static String join(List<String> values) {
        return String.join(",", values);
    }
}
