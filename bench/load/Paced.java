import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-rate (open-model) load driver: each stream sends requests at its rate whatever the answers take, and a latency
 * is measured from the moment the request was due to be sent, not from when a free thread got round to it, so a slow
 * server is not hidden by the driver slowing down with it (no coordinated omission).
 *
 * Usage: java bench/load/Paced.java --base URL --seconds N [--warmup W] --stream NAME:RATE:FILE[:booking] ...
 *
 * A plain stream sends the requests of FILE (the tab-separated lists of Prepare.java) in turn. A booking stream
 * (FILE = booking.tsv: token, kind, sitter, slots) books a session for an idle member at each tick and, once it is
 * booked, cancels it so the member can book again; it reports the bookings as NAME and the cancellations as
 * NAME-cancel (timed from their own start; a failed cancellation is retried, uncounted, before the member books again),
 * and as NAME-wait how long each tick waited for an idle member (when that
 * is not near zero, the list has too few members for the rate and the driver, not the portal, sets the pace). Every stream starts together; the first W seconds are not counted.
 * Prints one RESULT line a stream; latencies in microseconds.
 */
public class Paced {

    static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    record Sample(long latencyNanos, int status) {
    }

    static final class Recorder {
        final String name;
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final AtomicInteger due = new AtomicInteger();
        final AtomicInteger shownErrors = new AtomicInteger();

        Recorder(String name) {
            this.name = name;
        }

        void record(long latencyNanos, int status, String body) {
            samples.add(new Sample(latencyNanos, status));
            if ((status < 200 || status > 299) && shownErrors.incrementAndGet() <= 3) {
                System.err.println("paced: " + name + " answered " + status + ": " + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
            }
        }

        String result(double seconds) {
            List<Sample> all = new ArrayList<>(samples);
            long[] latencies = all.stream().filter(sample -> sample.status > 0).mapToLong(Sample::latencyNanos).sorted().toArray();
            Map<Integer, Integer> statuses = new TreeMap<>();
            all.forEach(sample -> statuses.merge(sample.status, 1, Integer::sum));
            long ok = all.stream().filter(sample -> sample.status >= 200 && sample.status <= 299).count();
            int unanswered = Math.max(0, due.get() - all.size());
            long errors = all.size() - ok + unanswered;
            StringBuilder codes = new StringBuilder();
            statuses.forEach((status, count) -> codes.append(codes.length() == 0 ? "" : ",").append(status < 0 ? "socket" : status).append(':').append(count));
            if (unanswered > 0) {
                codes.append(codes.length() == 0 ? "" : ",").append("unanswered:").append(unanswered);
            }
            return String.format("RESULT stream=%s due=%d answered=%d ok=%d errors=%d rate=%.1f p50_us=%d p95_us=%d p99_us=%d max_us=%d statuses=%s",
                    name, due.get(), latencies.length, ok, errors, latencies.length / seconds, percentile(latencies, 50), percentile(latencies, 95),
                    percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1000, codes.length() == 0 ? "-" : codes);
        }
    }

    /** Nearest-rank percentile, in microseconds. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000;
    }

    record Member(String token, String kind, String sitter, List<String> slots, AtomicInteger next) {
    }

    static HttpClient client;
    static String base;

    public static void main(String[] args) throws Exception {
        double seconds = 0;
        double warmup = 0;
        List<String[]> streams = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--stream" -> streams.add(args[++i].split(":"));
                default -> {
                    System.err.println("Unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (base == null || seconds <= 0 || streams.isEmpty()) {
            System.err.println("Usage: java bench/load/Paced.java --base URL --seconds N [--warmup W] --stream NAME:RATE:FILE[:booking] ...");
            System.exit(2);
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();

        long start = System.nanoTime() + 200_000_000L;
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> schedulers = new ArrayList<>();
        List<ExecutorService> pools = new ArrayList<>();
        for (String[] spec : streams) {
            String name = spec[0];
            double rate = Double.parseDouble(spec[1]);
            Path file = Path.of(spec[2]);
            boolean booking = spec.length > 3 && spec[3].equals("booking");
            Recorder recorder = new Recorder(name);
            recorders.add(recorder);
            ExecutorService pool = Executors.newFixedThreadPool(512);
            pools.add(pool);
            Task task;
            if (booking) {
                Recorder cancels = new Recorder(name + "-cancel");
                Recorder waits = new Recorder(name + "-wait");
                recorders.add(cancels);
                recorders.add(waits);
                task = bookingTask(Files.readAllLines(file), recorder, cancels, waits, measureFrom);
            } else {
                task = listTask(Files.readAllLines(file), recorder, measureFrom);
            }
            long period = (long) (1e9 / rate);
            Thread scheduler = new Thread(() -> {
                for (long i = 0; ; i++) {
                    long due = start + i * period;
                    if (due >= end) {
                        break;
                    }
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (due >= measureFrom) {
                        recorder.due.incrementAndGet();
                    }
                    long sequence = i;
                    pool.execute(() -> task.run(sequence, due));
                }
            }, "scheduler-" + name);
            scheduler.start();
            schedulers.add(scheduler);
        }
        for (Thread scheduler : schedulers) {
            scheduler.join();
        }
        for (ExecutorService pool : pools) {
            pool.shutdown();
        }
        for (ExecutorService pool : pools) {
            if (!pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        for (Recorder recorder : recorders) {
            System.out.println(recorder.result(seconds));
        }
        System.exit(0);
    }

    interface Task {
        void run(long sequence, long due);
    }

    static Task listTask(List<String> lines, Recorder recorder, long measureFrom) {
        List<String[]> requests = lines.stream().filter(line -> !line.isBlank()).map(line -> line.split("\t", 4)).toList();
        return (sequence, due) -> {
            String[] request = requests.get((int) (sequence % requests.size()));
            Answer answer = send(request[0], request[1], request[2].equals("-") ? null : request[2], request[3].equals("-") ? null : request[3]);
            if (due >= measureFrom) {
                recorder.record(System.nanoTime() - due, answer.status, answer.body);
            }
        };
    }

    static Task bookingTask(List<String> lines, Recorder bookings, Recorder cancels, Recorder waits, long measureFrom) {
        LinkedBlockingQueue<Member> idle = new LinkedBlockingQueue<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            idle.add(new Member(fields[0], fields[1], fields[2].equals("-") ? null : fields[2], Arrays.asList(fields[3].split(",")),
                    new AtomicInteger((int) (Math.random() * 1000))));
        }
        return (sequence, due) -> {
            Member member;
            try {
                member = idle.take();
            } catch (InterruptedException e) {
                return;
            }
            if (due >= measureFrom) {
                waits.record(Math.max(0, System.nanoTime() - due), 200, null);
                waits.due.incrementAndGet();
            }
            try {
                String slot = member.slots.get(Math.floorMod(member.next.getAndIncrement(), member.slots.size()));
                String body = "{\"kind\":\"" + member.kind + "\",\"startsAt\":\"" + slot + "\""
                        + (member.sitter == null ? "" : ",\"sitterName\":\"" + member.sitter + "\",\"sitterAttested\":true") + "}";
                Answer booked = send("POST", "/api/care/me/sessions", member.token, body);
                if (due >= measureFrom) {
                    bookings.record(System.nanoTime() - due, booked.status, booked.body);
                }
                if (booked.status == 201 || booked.status == 200) {
                    Matcher id = FIRST_ID.matcher(booked.body);
                    if (id.find()) {
                        long cancelStart = System.nanoTime();
                        Answer cancelled = send("POST", "/api/care/sessions/" + id.group(1) + "/cancel", member.token,
                                "{\"reason\":\"Load benchmark: book then cancel\"}");
                        if (due >= measureFrom) {
                            cancels.record(System.nanoTime() - cancelStart, cancelled.status, cancelled.body);
                            cancels.due.incrementAndGet();
                        }
                        // A member left with a booking could book nothing more (the protocol allows one at a time): a
                        // cancellation that failed is tried again (not counted) before the member books again.
                        for (int retry = 0; retry < 5 && cancelled.status != 200 && cancelled.status != 404 && cancelled.status != 409; retry++) {
                            sleep(500);
                            cancelled = send("POST", "/api/care/sessions/" + id.group(1) + "/cancel", member.token,
                                    "{\"reason\":\"Load benchmark: book then cancel\"}");
                        }
                    }
                }
            } finally {
                idle.add(member);
            }
        };
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Answer(int status, String body) {
    }

    static Answer send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (Exception e) {
            return new Answer(-1, e.toString());
        }
    }
}
