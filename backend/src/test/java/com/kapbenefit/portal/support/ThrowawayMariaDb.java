package com.kapbenefit.portal.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own, in a temporary data directory, that the test may kill and start
 * again: the shared server other tests use is never touched. Needs mariadb-install-db and mariadbd.
 */
public final class ThrowawayMariaDb implements AutoCloseable {

    private final Path directory;
    private final int port;
    private Process server;

    private ThrowawayMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"));
    }

    public static ThrowawayMariaDb start(String schema) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("kap-mariadb");
        ThrowawayMariaDb database = new ThrowawayMariaDb(directory, freePort());
        run(List.of("/usr/bin/mariadb-install-db", "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name")),
                directory.resolve("install.log"));
        database.startServer();
        try (Connection connection = database.connect("")) {
            connection.createStatement().execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema + "?connectionTimeZone=UTC&rewriteBatchedStatements=true";
    }

    public Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(schema), "root", "");
    }

    /** A crash, not a shutdown: SIGKILL, so open transactions die with the server and InnoDB recovers at the next start. */
    public void kill() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor();
    }

    /** Starts the server on the same data and port, returning once it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        server = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + directory.resolve("mariadb.sock"),
                "--pid-file=" + directory.resolve("mariadb.pid"), "--user=" + System.getProperty("user.name"),
                "--innodb-buffer-pool-size=64M", "--max-connections=200")
                .redirectErrorStream(true).redirectOutput(directory.resolve("server.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                try (Connection ignored = connect("")) {
                    return;
                } catch (SQLException notYet) {
                    Thread.sleep(100);
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("MariaDB did not start; see " + directory.resolve("server.log"));
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
