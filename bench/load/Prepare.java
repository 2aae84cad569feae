import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a load run (bench/README.md): signs the world's members, therapists and HR admins in once, probes what each
 * member's home page answers, lists each member in care's open slots, and writes the request lists that wrk
 * (bench/load/requests.lua), Paced.java and BareJdbc.java read.
 *
 * Usage: java -cp kap-portal.jar bench/load/Prepare.java BASE_URL WORLD_PROPERTIES OUT_DIR JDBC_URL [--sweep]
 *
 * Booking (Paced.java) books and cancels; a booking whose answer was lost (a client time-out under overload) stays booked
 * and would change what that member can book next. So before listing slots, and with --sweep after the booking scenario,
 * every session of a member in care that is still BOOKED and was booked after the world was generated (generated.at) is
 * cancelled through the portal as the member (the JDBC URL is only used to find them; the jar gives the driver).
 *
 * Request lists are tab-separated, one request a line: METHOD, PATH, bearer token or "-", JSON body or "-".
 */
public class Prepare {

    /** What the member home page (frontend/src/features/member/components/MemberHome.tsx and its cards) fetches. */
    static final List<String> HOME_PAGE = List.of("/api/identity/me", "/api/journey/me", "/api/enrolment/me",
            "/api/clearance/me", "/api/referrals/me", "/api/care/me");

    static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern EMPLOYER_ID = Pattern.compile("\"employer\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern THERAPIST_ID = Pattern.compile("\"therapist\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern SLOTS = Pattern.compile("\"slots\"\\s*:\\s*\\[([^\\]]*)\\]");

    /** Slots too close to the 24-hour notice are skipped, so a run of up to an hour never books one that has become too near. */
    static final Duration NOTICE_MARGIN = Duration.ofHours(25);
    static final int SLOTS_PER_MEMBER = 3;

    static HttpClient client;
    static String base;
    static final AtomicInteger requests = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && !(args.length == 5 && args[4].equals("--sweep"))) {
            System.err.println("Usage: java -cp kap-portal.jar bench/load/Prepare.java BASE_URL WORLD_PROPERTIES OUT_DIR JDBC_URL [--sweep]");
            System.exit(2);
        }
        base = args[0];
        Properties world = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[1]))) {
            world.load(reader);
        }
        Path out = Path.of(args[2]);
        String jdbcUrl = args[3];
        Instant generatedAt = Instant.parse(require(world, "generated.at"));
        Files.createDirectories(out);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        if (args.length == 5) {
            Map<String, String> careTokens = new LinkedHashMap<>();
            for (String line : Files.readAllLines(out.resolve("care-accounts.tsv"))) {
                String[] fields = line.split("\t");
                careTokens.put(fields[0], fields[1]);
            }
            System.err.printf("prepare: %d sessions left booked by the load run cancelled%n", sweep(jdbcUrl, generatedAt, careTokens));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();

        String password = require(world, "password");
        List<String> care = list(world, "members.care");
        List<String> careKinds = list(world, "members.care.next-session");
        List<String> careSettings = list(world, "members.care.setting");
        List<String> other = list(world, "members.other");
        List<String> therapists = list(world, "therapists");
        String hrLarge = require(world, "hr.largest.email");
        String hrSmall = require(world, "hr.small.email");
        String programmeLarge = list(world, "hr.largest.programmes").get(0);
        String programmeSmall = list(world, "hr.small.programmes").get(0);
        List<String> members = new ArrayList<>(care);
        members.addAll(other);

        // Sign-in bodies for the sign-in scenarios: every member, rotating.
        List<String> signIn = new ArrayList<>();
        for (String email : members) {
            signIn.add(line("POST", "/api/identity/tokens", "-", signInBody(email, password)));
        }
        write(out.resolve("signin.tsv"), signIn);

        // One sign-in per account; the hashing lane takes them one or two at a time, so this is most of the preparation.
        List<String> everyone = new ArrayList<>(members);
        everyone.addAll(therapists);
        everyone.add(hrLarge);
        everyone.add(hrSmall);
        Map<String, String> tokens = new ConcurrentHashMap<>();
        parallel(pool, everyone, email -> {
            HttpResponse<String> response = send("POST", "/api/identity/tokens", null, signInBody(email, password));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Sign-in of " + email + " answered " + response.statusCode() + ": " + response.body()
                        + " (is the world properties file the one of this database?)");
            }
            tokens.put(email, find(ACCESS_TOKEN, response.body()));
            return null;
        });
        System.err.printf("prepare: %d accounts signed in in %.1f s%n", tokens.size(), (System.nanoTime() - started) / 1e9);

        // The member home page: keep the calls that answer 2xx for that member; the page itself treats a 404 (nothing yet)
        // as "leave the card out", those calls are counted here and left out of the mix.
        Map<String, String> identities = new ConcurrentHashMap<>();
        Map<String, List<String>> homeLines = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> leftOut = new ConcurrentHashMap<>();
        parallel(pool, members, email -> {
            List<String> lines = new ArrayList<>();
            for (String path : HOME_PAGE) {
                HttpResponse<String> response = send("GET", path, tokens.get(email), null);
                if (response.statusCode() / 100 == 2) {
                    lines.add(line("GET", path, tokens.get(email), "-"));
                    if (path.equals("/api/identity/me")) {
                        identities.put(email, find(FIRST_ID, response.body()) + "\t" + find(EMPLOYER_ID, response.body()));
                    }
                } else {
                    leftOut.computeIfAbsent(path + " " + response.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                }
            }
            homeLines.put(email, lines);
            return null;
        });
        // Interleave members so that consecutive requests belong to different members and different endpoints.
        List<String> journey = new ArrayList<>();
        for (int round = 0; round < HOME_PAGE.size(); round++) {
            for (String email : members) {
                List<String> lines = homeLines.get(email);
                if (round < lines.size()) {
                    journey.add(lines.get(round));
                }
            }
        }
        write(out.resolve("journey.tsv"), journey);

        List<String> me = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String email : members) {
            me.add(line("GET", "/api/identity/me", tokens.get(email), "-"));
            if (identities.containsKey(email)) {
                ids.add(identities.get(email));
            }
        }
        write(out.resolve("me.tsv"), me);
        write(out.resolve("ids.tsv"), ids);

        Map<String, String> careTokens = new LinkedHashMap<>();
        for (String email : care) {
            if (identities.containsKey(email)) {
                careTokens.put(identities.get(email).split("\t")[0], tokens.get(email));
            }
        }
        write(out.resolve("care-accounts.tsv"), careTokens.entrySet().stream().map(entry -> entry.getKey() + "\t" + entry.getValue()).toList());
        int swept = sweep(jdbcUrl, generatedAt, careTokens);

        // Slot search and booking: members in care, each for the kind of session they can book next.
        Map<String, String> therapistOf = new ConcurrentHashMap<>();
        Map<String, List<Instant>> slotsOf = new ConcurrentHashMap<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < care.size(); i++) {
            indexes.add(i);
        }
        parallel(pool, indexes, i -> {
            String email = care.get(i);
            HttpResponse<String> plan = send("GET", "/api/care/me", tokens.get(email), null);
            Matcher therapist = THERAPIST_ID.matcher(plan.body());
            if (plan.statusCode() != 200 || !therapist.find()) {
                leftOut.computeIfAbsent("care plan without therapist " + plan.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                return null;
            }
            therapistOf.put(email, therapist.group(1));
            HttpResponse<String> slots = send("GET", "/api/care/me/slots?kind=" + careKinds.get(i), tokens.get(email), null);
            Matcher found = SLOTS.matcher(slots.body());
            List<Instant> starts = new ArrayList<>();
            if (slots.statusCode() == 200 && found.find()) {
                for (String quoted : found.group(1).split(",")) {
                    String value = quoted.strip().replace("\"", "");
                    if (!value.isEmpty()) {
                        starts.add(Instant.parse(value));
                    }
                }
            }
            slotsOf.put(email, starts);
            return null;
        });
        List<String> slotSearch = new ArrayList<>();
        for (int i = 0; i < care.size(); i++) {
            slotSearch.add(line("GET", "/api/care/me/slots?kind=" + careKinds.get(i), tokens.get(care.get(i)), "-"));
        }
        write(out.resolve("slots.tsv"), slotSearch);

        // Booking: members sharing a therapist get slots that do not overlap each other's, so book-then-cancel cycles of
        // different members never race for one slot (the scenario measures booking, not collisions).
        Instant earliest = Instant.now().plus(NOTICE_MARGIN);
        Map<String, List<Instant[]>> claimed = new TreeMap<>();
        List<String> booking = new ArrayList<>();
        int bookable = 0;
        for (int i = 0; i < care.size(); i++) {
            String email = care.get(i);
            String therapist = therapistOf.get(email);
            if (therapist == null) {
                continue;
            }
            String kind = careKinds.get(i);
            Duration length = Duration.ofMinutes(kind.equals("MEDICINE") ? 150 : 60);
            List<Instant[]> taken = claimed.computeIfAbsent(therapist, key -> new ArrayList<>());
            List<String> mine = new ArrayList<>();
            for (Instant start : slotsOf.getOrDefault(email, List.of())) {
                if (mine.size() >= SLOTS_PER_MEMBER) {
                    break;
                }
                Instant end = start.plus(length);
                if (start.isBefore(earliest) || taken.stream().anyMatch(span -> start.isBefore(span[1]) && span[0].isBefore(end))) {
                    continue;
                }
                taken.add(new Instant[] {start, end});
                mine.add(start.toString());
            }
            if (mine.isEmpty()) {
                continue;
            }
            bookable++;
            String sitter = kind.equals("MEDICINE") && careSettings.get(i).equals("HOME_WITH_SITTER") ? "Bench Sitter" : "-";
            booking.add(String.join("\t", tokens.get(email), kind, sitter, String.join(",", mine)));
        }
        write(out.resolve("booking.tsv"), booking);

        List<String> queue = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (String email : therapists) {
            queue.add(line("GET", "/api/referrals/queue", tokens.get(email), "-"));
            accepted.add(line("GET", "/api/referrals/mine", tokens.get(email), "-"));
        }
        write(out.resolve("queue.tsv"), queue);
        write(out.resolve("mine.tsv"), accepted);
        write(out.resolve("dashboard-large.tsv"), List.of(line("GET", "/api/reports/programmes/" + programmeLarge + "?granularity=MONTH",
                tokens.get(hrLarge), "-")));
        write(out.resolve("dashboard-small.tsv"), List.of(line("GET", "/api/reports/programmes/" + programmeSmall + "?granularity=MONTH",
                tokens.get(hrSmall), "-")));
        // What any request costs at this rate on this machine: the static start page, no token, no database.
        write(out.resolve("floor.tsv"), List.of(line("GET", "/", "-", "-")));
        for (String name : List.of("dashboard-large.tsv", "dashboard-small.tsv")) {
            String[] request = Files.readAllLines(out.resolve(name)).get(0).split("\t");
            HttpResponse<String> response = send("GET", request[1], request[2], null);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + request[1] + " answered " + response.statusCode() + ": " + response.body());
            }
        }

        pool.shutdown();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("accounts signed in", tokens.size());
        summary.put("members", members.size());
        summary.put("home-page requests (2xx)", journey.size());
        summary.put("members in care with bookable slots", bookable + " of " + care.size());
        summary.put("therapists", therapists.size());
        summary.put("sessions of earlier runs cancelled", swept);
        summary.put("requests sent", requests.get());
        summary.put("seconds", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        List<String> report = new ArrayList<>();
        summary.forEach((key, value) -> report.add(key + ": " + value));
        new TreeMap<>(leftOut).forEach((key, count) -> report.add("left out (" + key + "): " + count));
        write(out.resolve("prepare.txt"), report);
        report.forEach(entry -> System.err.println("prepare: " + entry));
        if (journey.isEmpty() || bookable == 0 || ids.isEmpty()) {
            throw new IllegalStateException("Nothing to drive: no home-page request, bookable member or member identity");
        }
    }

    /** Cancels, as the member, each session of these members booked after the world was generated and still booked. */
    static int sweep(String jdbcUrl, Instant generatedAt, Map<String, String> tokenByAccount) throws Exception {
        if (tokenByAccount.isEmpty()) {
            return 0;
        }
        List<String[]> left = new ArrayList<>();
        String marks = String.join(",", java.util.Collections.nCopies(tokenByAccount.size(), "?"));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl,
                System.getenv().getOrDefault("DATASOURCE_USERNAME", "root"), System.getenv().getOrDefault("DATASOURCE_PASSWORD", ""));
             java.sql.PreparedStatement query = connection.prepareStatement("SELECT id, account_id FROM care_session"
                     + " WHERE status = 'BOOKED' AND booked_at > ? AND account_id IN (" + marks + ")")) {
            query.setTimestamp(1, java.sql.Timestamp.from(generatedAt));
            int index = 2;
            for (String account : tokenByAccount.keySet()) {
                query.setString(index++, account);
            }
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    left.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        int cancelled = 0;
        for (String[] session : left) {
            HttpResponse<String> response = send("POST", "/api/care/sessions/" + session[0] + "/cancel", tokenByAccount.get(session[1]),
                    "{\"reason\":\"Load benchmark: left booked by an interrupted run\"}");
            if (response.statusCode() == 200) {
                cancelled++;
            } else {
                System.err.println("prepare: could not cancel session " + session[0] + ": " + response.statusCode() + " " + response.body());
            }
        }
        return cancelled;
    }

    static <T> void parallel(ExecutorService pool, List<T> items, Function<T, Void> work) throws Exception {
        List<Future<Void>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        for (Future<Void> future : futures) {
            future.get();
        }
    }

    static HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        requests.incrementAndGet();
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    static String signInBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static String line(String method, String path, String token, String body) {
        return String.join("\t", method, path, token, body);
    }

    static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + body);
        }
        return matcher.group(1);
    }

    static String require(Properties world, String key) {
        String value = world.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The world properties have no " + key);
        }
        return value.strip();
    }

    static List<String> list(Properties world, String key) {
        return Arrays.stream(require(world, key).split(",")).map(String::strip).toList();
    }

    static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
    }
}
