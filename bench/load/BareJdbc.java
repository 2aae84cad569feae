import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit for GET /api/identity/me: the two primary-key reads that endpoint makes for a member (the account,
 * then the employer's name; SessionService.activeAccount and MeViews.of), issued straight through the portal's own JDBC
 * driver, one connection a thread, prepared statements, nothing else: no HTTP, no JSON, no token, no pool.
 *
 * Usage: java -cp backend/target/kap-portal.jar bench/load/BareJdbc.java JDBC_URL THREADS SECONDS WARMUP_SECONDS IDS_FILE
 * IDS_FILE: account id <tab> employer id, a line (Prepare.java writes ids.tsv). User root, empty password unless
 * DATASOURCE_USERNAME / DATASOURCE_PASSWORD say otherwise.
 * Prints: RESULT iterations=... seconds=... per_second=... queries_per_second=... (an iteration is what one request reads).
 */
public class BareJdbc {

    // The columns Micronaut Data reads for UserAccountRepository.findById and EmployerRepository.findById.
    static final String ACCOUNT = "SELECT id, sign_in_key, password_hash, role, display_name, employer_id, status, created_at"
            + " FROM user_account WHERE id = ?";
    static final String EMPLOYER = "SELECT id, legal_name, display_name, contact_name, contact_email, billing_email, status, created_at"
            + " FROM employer WHERE id = ?";

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("Usage: java -cp kap-portal.jar bench/load/BareJdbc.java JDBC_URL THREADS SECONDS WARMUP_SECONDS IDS_FILE");
            System.exit(2);
        }
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        double warmup = Double.parseDouble(args[3]);
        List<String[]> ids = Files.readAllLines(Path.of(args[4])).stream().filter(line -> !line.isBlank())
                .map(line -> line.split("\t")).toList();
        String user = System.getenv().getOrDefault("DATASOURCE_USERNAME", "root");
        String password = System.getenv().getOrDefault("DATASOURCE_PASSWORD", "");

        AtomicLong counted = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        long[] window = new long[2];
        boolean[] started = new boolean[1];
        List<Thread> workers = new ArrayList<>();
        Object startSignal = new Object();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     PreparedStatement account = connection.prepareStatement(ACCOUNT);
                     PreparedStatement employer = connection.prepareStatement(EMPLOYER)) {
                    ready.countDown();
                    synchronized (startSignal) {
                        while (!started[0]) {
                            startSignal.wait();
                        }
                    }
                    long measureFrom = window[0];
                    long end = window[1];
                    for (long i = offset; ; i++) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            break;
                        }
                        String[] row = ids.get((int) (i % ids.size()));
                        boolean found = read(account, row[0]) && read(employer, row[1]);
                        if (!found) {
                            failures.incrementAndGet();
                        } else if (now >= measureFrom) {
                            counted.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                    ready.countDown();
                }
            });
            worker.start();
            workers.add(worker);
        }
        ready.await();
        synchronized (startSignal) {
            long now = System.nanoTime();
            window[1] = now + (long) ((warmup + seconds) * 1e9);
            window[0] = now + (long) (warmup * 1e9);
            started[0] = true;
            startSignal.notifyAll();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("RESULT iterations=%d seconds=%.1f per_second=%.1f queries_per_second=%.1f failures=%d threads=%d%n",
                counted.get(), seconds, counted.get() / seconds, 2 * counted.get() / seconds, failures.get(), threads);
    }

    /** Executes the lookup and reads every column, as the portal's mapper does. */
    static boolean read(PreparedStatement statement, String id) throws Exception {
        statement.setString(1, id);
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return false;
            }
            int columns = rows.getMetaData().getColumnCount();
            for (int c = 1; c <= columns; c++) {
                rows.getObject(c);
            }
            return true;
        }
    }
}
